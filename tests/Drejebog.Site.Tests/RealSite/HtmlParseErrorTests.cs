using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;

namespace Drejebog.Site.Tests.RealSite;

/// <summary>
/// Every finished page parses without an error of the HTML standard's parsing rules (stray end
/// tags, duplicate attributes, elements where they may not be, …). This is the parser's part of
/// validation, not a full conformance check of content models.
/// </summary>
public sealed class HtmlParseErrorTests
{
    [Fact]
    public void Every_page_parses_without_html_errors()
    {
        var pages = RealSiteBuild.Pages;

        var problems = pages.SelectMany(page => Errors(page.Html).Select(error => $"{page.Url}:{error}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(40)));
        Assert.True(pages.Count >= 51, $"only {pages.Count} pages parsed");
    }

    [Fact]
    public void The_check_sees_a_stray_end_tag_and_a_duplicate_attribute()
    {
        Assert.Equal(2, Errors("<!DOCTYPE html><html lang=da><title>x</title><p id=a id=b>x</div></p></html>").Count);
    }

    private static List<string> Errors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            errors.Add($"{error.Position.Line}:{error.Position.Column}: {error.Message}");
        };
        parser.ParseDocument(html);
        return errors;
    }
}
