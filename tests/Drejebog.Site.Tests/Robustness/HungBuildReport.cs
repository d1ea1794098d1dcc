using System.Globalization;
using Microsoft.Diagnostics.Runtime;

namespace Drejebog.Site.Tests.Robustness;

/// <summary>
/// What a build that overran its hang guard was doing: the thread pool's counts and the managed stack
/// of every thread inside our code, read from a snapshot of this process. A hang seen once on a
/// CI machine is then a stack to read instead of a guess.
/// </summary>
internal static class HungBuildReport
{
    private const int FramesPerThread = 30;

    /// <param name="buildThreadId">The managed id of the thread that ran the build.</param>
    public static IReadOnlyList<string> Describe(int buildThreadId)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"thread pool: {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount} work items waiting, {ThreadPool.CompletedWorkItemCount} done"),
        };
        try
        {
            // On Linux this writes a core dump to the temp folder and deletes it on Dispose: seconds, only when something hung.
            using var target = DataTarget.CreateSnapshotAndAttach(Environment.ProcessId);
            // The runtime's own DAC, beside it: ClrMD finds neither it nor its version in the snapshot on Linux.
            var dac = Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
            using var runtime = File.Exists(dac) ? target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true) : target.ClrVersions[0].CreateRuntime();
            foreach (var thread in runtime.Threads)
            {
                var frames = thread.EnumerateStackTrace().Select(frame => frame.ToString() ?? "?").Take(FramesPerThread).ToList();
                if (thread.ManagedThreadId == buildThreadId || frames.Any(IsOurs))
                {
                    lines.Add(string.Create(CultureInfo.InvariantCulture,
                        $"thread {thread.ManagedThreadId}{(thread.ManagedThreadId == buildThreadId ? " (the build)" : "")}:"));
                    lines.AddRange(frames.Select(frame => "  at " + frame));
                }
            }
        }
#pragma warning disable CA1031 // The report is a help; a snapshot that fails must not hide the hang it reports.
        catch (Exception error)
#pragma warning restore CA1031
        {
            lines.Add($"no stacks: {error.GetType().Name}: {error.Message}");
        }
        return lines;
    }

    private static bool IsOurs(string frame) =>
        frame.Contains("Drejebog.Site.", StringComparison.Ordinal) && !frame.Contains("Drejebog.Site.Tests.", StringComparison.Ordinal);
}
