using System.Security.Cryptography;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// A copy of the real site in a temp folder, built once, that each case mutates, builds and restores.
/// Copying and the first build happen once per test run, so a case costs one build of the real site.
/// A case that hangs leaves its build running; the cases after it get a fresh copy.
/// </summary>
public sealed class MutationSite : IDisposable
{
    /// <summary>Stands for <see cref="Outside"/> in a symbolic link's target.</summary>
    public const string OutsideFolderMarker = "<outside>";

    /// <summary>Hung builds keep their threads busy for good; after this many, later timings mean nothing.</summary>
    private const int MaxHungBuilds = 3;

    private readonly TempFolder temp = new();
    private readonly List<string> hungBuilds = [];
    private int copies;

    public MutationSite()
    {
        // A folder beside the site, as a pull request's symbolic link could name one on the build machine.
        Outside = temp.Combine("outside");
        temp.Write("outside/hemmelig.txt", "må ikke publiceres\n");
        Root = NewCopy();
        Original = new OriginalSite(Root);
    }

    public OriginalSite Original { get; }

    public string Root { get; private set; }

    public string Outside { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Every file in the output folder and its SHA-256, as the last successful build left it.</summary>
    public IReadOnlyDictionary<string, string> OutputBefore { get; private set; } = new Dictionary<string, string>();

    /// <summary>
    /// Applies <paramref name="mutation"/>, builds, checks <see cref="MutationInvariants"/> while the
    /// mutated files are still there to measure positions in, and undoes the mutation (unless the build hung).
    /// </summary>
    public (MutationRun Run, IReadOnlyList<string> Problems) Run(MutationCase name, Mutation mutation)
    {
        if (hungBuilds.Count >= MaxHungBuilds)
        {
            return (new MutationRun(mutation, new BuildOutcome(null, "", "", null, false, TimeSpan.Zero), Root, [], [], OutputBefore, OutputBefore),
                [$"not run: {hungBuilds.Count} builds hung and still run ({string.Join("; ", hungBuilds)}); fix those first"]);
        }
        var rootBefore = RootEntries();
        var outputBefore = OutputBefore;
        Apply(mutation);
        var outcome = BuildOutcome.Build(Root, Input, Theme, Output, MutationSettings.BuildTimeLimit);
        if (outcome.TimedOut)
        {
            // The build still runs and may still write; leave that copy to it and start over.
            var hung = Root;
            hungBuilds.Add(name.ToString());
            Root = NewCopy();
            var abandoned = new MutationRun(mutation, outcome, hung, rootBefore, rootBefore, outputBefore, outputBefore);
            return (abandoned, MutationInvariants.Check(abandoned));
        }
        var run = new MutationRun(mutation, outcome, Root, rootBefore, RootEntries(), outputBefore, Hash(Output));
        IReadOnlyList<string> problems;
        try
        {
            problems = MutationInvariants.Check(run);
        }
        finally
        {
            // Even when a check throws, the next case must start from the unmutated site.
            Restore(mutation);
        }
        if (outcome.ExitCode == 0)
        {
            OutputBefore = run.OutputAfter;
        }
        return (run, problems);
    }

    private string NewCopy()
    {
        var root = temp.Combine($"site-{++copies}");
        EditableRealSite.CopyTo(root);
        Root = root;
        var outcome = BuildOutcome.Build(root, Input, Theme, Output, TimeSpan.FromMinutes(2));
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"The unmutated real site does not build (exit {outcome.ExitCode}): {outcome.Stderr}{outcome.Exception}");
        }
        OutputBefore = Hash(Output);
        return root;
    }

    private void Apply(Mutation mutation)
    {
        foreach (var edit in mutation.Edits)
        {
            var path = Path.Combine(Root, edit.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (edit.LinkTarget is not null)
            {
                File.CreateSymbolicLink(path, edit.LinkTarget == OutsideFolderMarker ? Outside : edit.LinkTarget);
            }
            else if (edit.Content is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllBytes(path, edit.Content);
            }
        }
    }

    /// <summary>Puts back every file a mutation touched, removes what it added, and checks that the input is whole again.</summary>
    private void Restore(Mutation mutation)
    {
        foreach (var edit in mutation.Edits.Reverse())
        {
            var path = Path.Combine(Root, edit.Path);
            if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
            {
                File.Delete(path);
            }
            if (Original.Contains(edit.Path))
            {
                File.WriteAllBytes(path, Original.Bytes(edit.Path));
            }
        }
        foreach (var folder in Directory.EnumerateDirectories(Input, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        var files = Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'));
        if (!files.Order(StringComparer.Ordinal).SequenceEqual(Original.InputFiles, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"Restoring after `{mutation.Description}` did not give back the original input files.");
        }
    }

    /// <summary>What lies beside input/, theme/ and output/: a build may add nothing there.</summary>
    private string[] RootEntries() =>
        [.. Directory.EnumerateFileSystemEntries(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static IReadOnlyDictionary<string, string> Hash(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).ToDictionary(
                path => Path.GetRelativePath(folder, path).Replace('\\', '/'),
                path => Directory.Exists(path) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))),
                StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            temp.Dispose();
        }
        catch (IOException)
        {
            // A hung build may still be writing into the copy it was given; the temp folder keeps it.
        }
    }
}
