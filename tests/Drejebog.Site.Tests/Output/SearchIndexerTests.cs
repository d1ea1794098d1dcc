using Drejebog.Site.Output;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Output;

public sealed class SearchIndexerTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Pagefinds_own_program_for_this_machine_is_run_without_node_preferring_the_extended_build()
    {
        var plain = temp.Write($"node_modules/@pagefind/{Platform()}/bin/pagefind{Extension()}", "");
        var extended = temp.Write($"node_modules/@pagefind/{Platform()}/bin/pagefind_extended{Extension()}", "");

        Assert.Equal(extended, SearchIndexer.Binary(temp.Combine("node_modules")));
        File.Delete(extended);
        Assert.Equal(plain, SearchIndexer.Binary(temp.Combine("node_modules")));
    }

    [Fact]
    public void Without_a_package_for_this_machine_the_npm_script_is_run()
    {
        temp.Write("node_modules/@pagefind/some-other-platform/bin/pagefind_extended", "");

        Assert.Equal(temp.Combine("node_modules", ".bin", "pagefind"), SearchIndexer.Binary(temp.Combine("node_modules")));
    }

    [Fact]
    public void The_real_theme_has_pagefinds_program_for_this_machine()
    {
        Assert.Null(ThemeInstaller.EnsureInstalled(RepositoryRoot.Theme));
        var binary = SearchIndexer.Binary(Path.Combine(RepositoryRoot.Theme, "node_modules"));

        Assert.Equal($"pagefind_extended{Extension()}", Path.GetFileName(binary));
        Assert.True(File.Exists(binary), binary);
    }

    private static string Platform() =>
        (OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux") + "-" + (System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64");

    private static string Extension() => OperatingSystem.IsWindows() ? ".exe" : "";
}
