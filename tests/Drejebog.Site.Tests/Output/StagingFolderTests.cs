using System.Diagnostics;
using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

/// <summary>
/// The staging folder's life: what killed builds left is removed only when it is provably ours and
/// nobody holds it, and every way a commit can fail is reported with the state it left.
/// </summary>
public sealed class StagingFolderTests : IDisposable
{
    private const string OldId = "0123456789abcdef0123456789abcdef";
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Target => temp.Combine("output");

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_build()
    {
        var before = PreviousOutput();
        KilledBuild(OldId, Target, DeadProcess());

        using (StagingFolder.Create(Target))
        {
            Assert.False(Directory.Exists(temp.Combine($".output-{OldId}")));
            Assert.False(Directory.Exists(temp.Combine($".output-old-{OldId}")));
            Assert.False(File.Exists(temp.Combine($".output-{OldId}.lock")));
        }
        Assert.Equal(before, TempFolder.Snapshot(Target));
        Assert.Equal(["output"], Entries());
    }

    [Fact]
    public void A_build_killed_with_sigkill_leaves_leftovers_that_the_next_build_removes()
    {
        var killed = false;
        // The build may finish before it is seen staging; then it is started again.
        for (var attempt = 0; attempt < 3 && !killed; attempt++)
        {
            using var build = CliProcess.Start(temp.Path, "build", "-i", RepositoryRoot.Input, "-t", RepositoryRoot.Theme, "-o", Target, "--no-search", "-q");
            var hangGuard = Stopwatch.StartNew();
            while (!build.HasExited && !Directory.EnumerateDirectories(temp.Path, ".output-*").Any())
            {
                Assert.True(hangGuard.Elapsed < TimeSpan.FromMinutes(2), "the build neither staged nor ended");
                Thread.Sleep(1);
            }
            if (!build.HasExited)
            {
                build.Kill();
                build.WaitForExit();
                killed = true;
            }
        }
        Assert.True(killed, "the build was never caught while staging");
        Assert.NotEmpty(Directory.GetFiles(temp.Path, ".output-*.lock"));

        using (StagingFolder.Create(Target))
        {
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, ".output-*"));
    }

    [Fact]
    public void Leftovers_whose_lock_a_build_still_holds_are_kept()
    {
        KilledBuild(OldId, Target, DeadProcess());
        using var held = new FileStream(temp.Combine($".output-{OldId}.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        using (StagingFolder.Create(Target))
        {
        }

        Assert.Equal([$".output-{OldId}", $".output-{OldId}.lock", $".output-old-{OldId}"], Entries());
    }

    [Fact]
    public void Leftovers_of_a_process_that_still_runs_are_kept()
    {
        KilledBuild(OldId, Target, Environment.ProcessId);

        using (StagingFolder.Create(Target))
        {
        }

        Assert.Contains($".output-{OldId}", Entries());
    }

    [Fact]
    public void A_build_killed_while_it_wrote_the_marker_leaves_a_folder_the_next_build_removes()
    {
        const string id = "00000000000000000000000000000002";
        temp.Write($".output-{id}/{OutputMarker.FileName}", "drej");
        temp.Write($".output-{id}.lock", $"drejebog-staging\n{DeadProcess()}\n{Target}\n");

        using (StagingFolder.Create(Target))
        {
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path, ".output-*"));
    }

    [Fact]
    public void Folders_that_only_look_like_leftovers_are_kept()
    {
        // A staging name without a lock, a lock for another target, and an unmarked folder behind a stale lock.
        temp.Write($".output-{OldId}/fremmed.txt", "ikke vores");
        const string other = "fedcba9876543210fedcba9876543210";
        KilledBuild(other, temp.Combine("andet-output"), DeadProcess());
        const string unmarked = "00000000000000000000000000000001";
        KilledBuild(unmarked, Target, DeadProcess());
        File.Delete(temp.Combine($".output-{unmarked}", OutputMarker.FileName));
        File.Delete(temp.Combine($".output-old-{unmarked}", OutputMarker.FileName));
        var before = TempFolder.Snapshot(temp.Path);

        using (StagingFolder.Create(Target))
        {
        }

        Assert.Equal(before, TempFolder.Snapshot(temp.Path));
    }

    [Fact]
    public void A_page_that_cannot_be_written_is_a_sink_failure_naming_the_page()
    {
        using var staging = StagingFolder.Create(Target);
        // A folder where the page's file should go: the write fails as on a full or read-only disk.
        Directory.CreateDirectory(Path.Combine(staging.Path, "om", "index.html"));

        var error = Assert.Throws<PageSinkException>(() => ((IPageSink)staging).Write("om/index.html", "<p>om</p>"));

        Assert.Equal("om/index.html", error.OutputPath);
        Assert.True(error.InnerException is IOException or UnauthorizedAccessException, error.InnerException?.GetType().Name);
    }

    [Fact]
    public void A_page_from_a_builder_is_written_as_the_same_utf8_even_when_a_character_spans_two_chunks()
    {
        using var staging = StagingFolder.Create(Target);
        // Appending in pieces gives the builder several chunks; the emoji's two halves land in different ones.
        var text = new string('æ', 9000) + "🎉" + new string('ø', 9000);
        var builder = new System.Text.StringBuilder(16);
        builder.Append(text.AsSpan(0, 9001)).Append(text.AsSpan(9001));
        Assert.True(SplitsASurrogatePair(builder));

        ((IPageSink)staging).Write("a/index.html", builder);
        ((IPageSink)staging).Write("b/index.html", "a page, a second write to the same folder");

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), File.ReadAllBytes(Path.Combine(staging.Path, "a", "index.html")));
        // A second page for the same path would replace the first: it fails instead.
        Assert.Throws<PageSinkException>(() => ((IPageSink)staging).Write("a/index.html", "<p>igen</p>"));
    }

    [Fact]
    public void A_page_many_times_longer_than_the_write_buffer_is_written_whole_from_a_string_and_from_a_builder()
    {
        using var staging = StagingFolder.Create(Target);
        // About 300 KB of UTF-8 in two- and four-byte characters, so buffer ends fall inside characters.
        var text = string.Concat(Enumerable.Repeat("æ🎉ø<p>", 30_000));
        var builder = new System.Text.StringBuilder();
        foreach (var piece in text.Chunk(7))
        {
            builder.Append(piece);
        }

        ((IPageSink)staging).Write("streng/index.html", text);
        ((IPageSink)staging).Write("bygger/index.html", builder);

        var expected = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.True(expected.Length > 4 * 64 * 1024, $"{expected.Length} bytes");
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(staging.Path, "streng", "index.html")));
        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(staging.Path, "bygger", "index.html")));
    }

    private static bool SplitsASurrogatePair(System.Text.StringBuilder builder)
    {
        foreach (var chunk in builder.GetChunks())
        {
            if (chunk.Length > 0 && char.IsHighSurrogate(chunk.Span[^1]))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public void A_committed_build_leaves_only_the_marked_output()
    {
        PreviousOutput();
        using (var staging = StagingFolder.Create(Target))
        {
            ((IPageSink)staging).Write("index.html", "ny");
            Assert.Null(staging.Commit());
        }

        Assert.Equal([OutputMarker.FileName, "index.html"], TempFolder.Snapshot(Target).Keys);
        Assert.Equal(["output"], Entries());
    }

    [Fact]
    public void Old_output_that_cannot_be_deleted_is_a_warning_that_says_the_new_output_is_in_place()
    {
        PreviousOutput();
        OutputProblem? problem;
        using (var staging = StagingFolder.Create(Target, new FailingFolders(failDelete: true)))
        {
            ((IPageSink)staging).Write("index.html", "ny");
            problem = staging.Commit();
        }

        Assert.NotNull(problem);
        Assert.Equal((OutputState.ReplacedWithLeftover, ErrorCodes.OldOutputLeftBehind), (problem.State, problem.Code));
        Assert.True(problem.IsWarning);
        Assert.Equal("ny", File.ReadAllText(Path.Combine(Target, "index.html")));
        var leftover = Assert.Single(Directory.GetDirectories(temp.Path, ".output-old-*"));
        Assert.Contains(leftover, problem.Message, StringComparison.Ordinal);
        Assert.Equal("gammel", File.ReadAllText(Path.Combine(leftover, "index.html")));

        // Once this build's process has ended, the next build recognises the leftover and removes it.
        var lockFile = Assert.Single(Directory.GetFiles(temp.Path, ".output-*.lock"));
        File.WriteAllText(lockFile, File.ReadAllText(lockFile).Replace($"\n{Environment.ProcessId}\n", $"\n{DeadProcess()}\n", StringComparison.Ordinal));
        using (StagingFolder.Create(Target))
        {
        }
        Assert.Equal(["output"], Entries());
    }

    [Fact]
    public void A_swap_that_fails_is_rolled_back_and_the_output_is_unchanged()
    {
        var before = PreviousOutput();
        using (var staging = StagingFolder.Create(Target, new FailingFolders(failMove: 2)))
        {
            ((IPageSink)staging).Write("index.html", "ny");
            var error = Assert.Throws<OutputFolderException>(() => staging.Commit());
            Assert.Equal((OutputState.Unchanged, ErrorCodes.SwapRolledBack), (error.Problem.State, error.Problem.Code));
        }

        Assert.Equal(before, TempFolder.Snapshot(Target));
        Assert.Equal(["output"], Entries());
    }

    [Fact]
    public void A_swap_whose_rollback_fails_says_where_both_outputs_are()
    {
        PreviousOutput();
        OutputFolderException error;
        using (var staging = StagingFolder.Create(Target, new FailingFolders(failMove: 2, failRollback: true)))
        {
            ((IPageSink)staging).Write("index.html", "ny");
            error = Assert.Throws<OutputFolderException>(() => staging.Commit());
        }

        Assert.Equal((OutputState.Displaced, ErrorCodes.SwapNotRolledBack), (error.Problem.State, error.Problem.Code));
        var old = Assert.Single(Directory.GetDirectories(temp.Path, ".output-old-*"));
        var fresh = Assert.Single(Directory.GetDirectories(temp.Path, ".output-*"), d => !d.Contains("-old-", StringComparison.Ordinal));
        Assert.Equal("gammel", File.ReadAllText(Path.Combine(old, "index.html")));
        Assert.Equal("ny", File.ReadAllText(Path.Combine(fresh, "index.html")));
        Assert.Contains(old, error.Problem.Message, StringComparison.Ordinal);
        Assert.Contains(fresh, error.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_the_output_folder_should_be_is_a_creation_error_and_stays()
    {
        temp.Write("output", "en fil, ikke en mappe");

        var error = Assert.Throws<OutputFolderException>(() => StagingFolder.Create(Target));

        Assert.Equal((OutputState.Unchanged, ErrorCodes.OutputCreateFailed), (error.Problem.State, error.Problem.Code));
        Assert.Equal("en fil, ikke en mappe", File.ReadAllText(Target));
        Assert.Equal(["output"], Entries());
    }

    [Fact]
    public void A_file_where_a_parent_folder_should_be_is_a_creation_error()
    {
        temp.Write("fil", "i vejen");

        var error = Assert.Throws<OutputFolderException>(() => StagingFolder.Create(temp.Combine("fil", "output")));

        Assert.Equal(ErrorCodes.OutputCreateFailed, error.Problem.Code);
        Assert.Equal(["fil"], Entries());
    }

    [Fact]
    public void Files_put_into_an_empty_output_folder_after_the_build_started_are_not_deleted()
    {
        Directory.CreateDirectory(Target);
        using var staging = StagingFolder.Create(Target);
        temp.Write("output/egen.txt", "lagt her undervejs");

        var error = Assert.Throws<OutputFolderException>(() => staging.Commit());

        Assert.Equal((OutputState.Refused, ErrorCodes.OutputNotOurs), (error.Problem.State, error.Problem.Code));
        Assert.Equal("lagt her undervejs", File.ReadAllText(temp.Combine("output", "egen.txt")));
    }

    /// <summary>An output folder from an earlier build: marked, with one page; returns its snapshot.</summary>
    private SortedDictionary<string, string> PreviousOutput()
    {
        temp.Write("output/index.html", "gammel");
        temp.MarkAsOutput("output");
        return TempFolder.Snapshot(Target);
    }

    /// <summary>What a build killed while swapping leaves: its staging folder, the previous output set aside, and its lock file, which nobody holds.</summary>
    private void KilledBuild(string id, string target, int process)
    {
        temp.Write($".output-{id}/index.html", "halvfærdig");
        temp.MarkAsOutput($".output-{id}");
        temp.Write($".output-old-{id}/index.html", "forrige");
        temp.Write($".output-old-{id}/assets/site.css", "body {}");
        temp.MarkAsOutput($".output-old-{id}");
        temp.Write($".output-{id}.lock", $"drejebog-staging\n{process}\n{target}\n");
    }

    /// <summary>The id of a process that has ended, as a killed build's has.</summary>
    private static int DeadProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private string[] Entries() => [.. Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
