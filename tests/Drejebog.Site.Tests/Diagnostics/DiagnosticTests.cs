using System.Reflection;
using System.Text.RegularExpressions;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Fact]
    public void Diagnostic_prints_as_path_line_column_severity_code_message()
    {
        var error = new Diagnostic("input/faser/a.md", 7, 10, Severity.Error, "DS012", "Ukendt felt.");
        var warning = error with { Severity = Severity.Warning };

        Assert.Equal("input/faser/a.md:7:10: fejl DS012: Ukendt felt.", error.ToString());
        Assert.Equal("input/faser/a.md:7:10: advarsel DS012: Ukendt felt.", warning.ToString());
    }

    [Fact]
    public void Bag_sorts_by_path_then_line_then_column_and_drops_exact_duplicates()
    {
        var bag = new DiagnosticBag();
        bag.Error("input/b.md", new SourcePosition(1, 1), ErrorCodes.MissingFrontMatter);
        bag.Error("input/a.md", new SourcePosition(10, 2), ErrorCodes.InvalidId, "X");
        bag.Error("input/a.md", new SourcePosition(2, 9), ErrorCodes.InvalidId, "Y");
        bag.Error("input/a.md", new SourcePosition(2, 3), ErrorCodes.InvalidId, "Z");
        bag.Error("input/b.md", new SourcePosition(1, 1), ErrorCodes.MissingFrontMatter);

        Assert.Equal(
            ["input/a.md:2:3", "input/a.md:2:9", "input/a.md:10:2", "input/b.md:1:1"],
            bag.ToSortedList().Select(d => $"{d.Path}:{d.Line}:{d.Column}"));
        Assert.True(bag.HasErrors);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    public void Offset_converts_to_one_based_line_and_column(int offset, int line, int column) =>
        Assert.Equal(new SourcePosition(line, column), SourcePosition.FromOffset("---\nid: x\n", offset));

    [Fact]
    public void Catalogue_codes_are_unique_DSnnn_and_every_template_formats_with_its_arguments()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.Name, Code: (ErrorCode)f.GetValue(null)!))
            .ToList();

        Assert.True(codes.Count >= 30, $"only {codes.Count} codes found");
        Assert.Equal(codes.Count, codes.Select(c => c.Code.Code).Distinct().Count());
        Assert.All(codes, c =>
        {
            Assert.Matches("^DS[0-9]{3}$", c.Code.Code);
            var placeholders = Regex.Matches(c.Code.Template, @"\{(\d+)(:[^}]*)?\}").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var args = Enumerable.Range(0, placeholders.Count == 0 ? 0 : placeholders.Max() + 1).Select(i => (object?)(byte)i).ToArray();
            var message = c.Code.Format(args);
            Assert.DoesNotMatch(@"\{\d", message);
            Assert.False(string.IsNullOrWhiteSpace(message));
        });
    }
}
