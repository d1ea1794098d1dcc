using Drejebog.Site.Build;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Tests.Support;

namespace Drejebog.Site.Tests.Yaml;

/// <summary>
/// The YAML slips an editor makes, each reported in Danish at the place to fix with its own code,
/// and never with the parser's English. The fixture is the minimal site's first milestone:
/// <code>
///  1 ---
///  2 id: start
///  3 title: Programmet er startet
///  4 phase: planlaegning
///  5 order: 1
///  6 summary: Programmet går i gang.
///  7 deliverables:
///  8   - id: start-besluttet
///  9     text: Start er besluttet.
/// 10 responsibilities:
/// 11   - role: programejer
/// 12     kind: ansvarlig
/// 13 ---
/// </code>
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Start = "input/milepaele/1-01-start.md";

    [Fact]
    public void A_missing_colon_names_the_field_and_points_where_the_colon_belongs()
    {
        var result = Replace(5, "order: 1", "order 1");

        DiagnosticAssert.Only(result, Start, 5, 6, ErrorCodes.MissingColon, "order");
    }

    [Fact]
    public void A_missing_colon_on_the_first_field_is_found_from_the_line_after()
    {
        // The parser reads "id start title" as one value and fails at title's colon on line 3.
        var result = Replace(2, "id: start", "id start");

        DiagnosticAssert.Only(result, Start, 2, 3, ErrorCodes.MissingColon, "id");
    }

    [Fact]
    public void A_missing_colon_after_the_last_field_is_reported()
    {
        var result = Replace(12, "    kind: ansvarlig", "    kind ansvarlig");

        DiagnosticAssert.Only(result, Start, 12, 9, ErrorCodes.MissingColon, "kind");
    }

    [Fact]
    public void A_missing_colon_after_a_list_name_is_reported_not_the_list_below()
    {
        var result = Replace(7, "deliverables:", "deliverables");

        DiagnosticAssert.Only(result, Start, 7, 13, ErrorCodes.MissingColon, "deliverables");
    }

    [Fact]
    public void A_field_indented_under_a_value_says_how_far_to_indent()
    {
        var result = Replace(6, "summary: Programmet går i gang.", "  summary: Programmet går i gang.");

        DiagnosticAssert.Only(result, Start, 6, 3, ErrorCodes.WrongIndentation, 2, 0, "order", 5);
    }

    [Fact]
    public void A_field_indented_too_little_in_a_list_item_says_how_far_to_indent()
    {
        var result = Replace(12, "    kind: ansvarlig", "   kind: ansvarlig");

        DiagnosticAssert.Only(result, Start, 12, 4, ErrorCodes.WrongIndentation, 3, 4, "role", 11);
    }

    [Fact]
    public void A_field_indented_too_far_in_a_list_item_says_how_far_to_indent()
    {
        var result = Replace(12, "    kind: ansvarlig", "     kind: ansvarlig");

        DiagnosticAssert.Only(result, Start, 12, 6, ErrorCodes.WrongIndentation, 5, 4, "role", 11);
    }

    [Fact]
    public void A_list_item_indented_unlike_the_one_before_says_how_far_to_indent()
    {
        var result = TestSite.Minimal().InsertLine(Start, 10, "   - id: start-fejret").InsertLine(Start, 11, "     text: Start er fejret.").Build();

        DiagnosticAssert.Only(result, Start, 10, 4, ErrorCodes.WrongIndentation, 3, 2, "-", 8);
    }

    [Fact]
    public void An_unclosed_double_quote_is_reported_at_the_quote()
    {
        var result = Replace(3, "title: Programmet er startet", "title: \"Programmet er startet");

        DiagnosticAssert.Only(result, Start, 3, 8, ErrorCodes.UnclosedQuote, "\"");
    }

    [Fact]
    public void An_unclosed_single_quote_is_reported_at_the_quote()
    {
        var result = Replace(3, "title: Programmet er startet", "title: 'Programmet er startet");

        DiagnosticAssert.Only(result, Start, 3, 8, ErrorCodes.UnclosedQuote, "'");
    }

    [Theory]
    [InlineData("title: [Programmet er startet", "[", "]")]
    [InlineData("title: {Programmet er startet", "{", "}")]
    public void An_unclosed_bracket_is_reported_at_the_bracket(string title, string opening, string closing)
    {
        var result = Replace(3, "title: Programmet er startet", title);

        DiagnosticAssert.Only(result, Start, 3, 8, ErrorCodes.UnclosedBracket, opening, closing);
    }

    [Fact]
    public void An_unclosed_bracket_on_the_last_line_is_reported_at_the_bracket()
    {
        var result = Replace(12, "    kind: ansvarlig", "    kind: [ansvarlig, udfører");

        DiagnosticAssert.Only(result, Start, 12, 11, ErrorCodes.UnclosedBracket, "[", "]");
    }

    [Fact]
    public void A_bracket_inside_plain_text_is_text_and_the_real_unclosed_one_is_reported()
    {
        var result = Replace(3, "title: Programmet er startet", "title: [Program[1] er startet");

        DiagnosticAssert.Only(result, Start, 3, 8, ErrorCodes.UnclosedBracket, "[", "]");
    }

    [Fact]
    public void A_list_item_where_a_field_belongs_is_reported()
    {
        var result = TestSite.Minimal().InsertLine(Start, 7, "- ekstra").Build();

        DiagnosticAssert.Only(result, Start, 7, 1, ErrorCodes.ListItemWhereFieldExpected);
    }

    [Fact]
    public void A_field_where_the_list_expects_an_item_is_reported()
    {
        var result = Replace(9, "    text: Start er besluttet.", "  text: Start er besluttet.");

        DiagnosticAssert.Only(result, Start, 9, 3, ErrorCodes.FieldWhereListItemExpected, "text");
    }

    [Fact]
    public void A_field_written_twice_names_the_first_line()
    {
        var result = Replace(6, "summary: Programmet går i gang.", "title: Igen");

        DiagnosticAssert.Only(result, Start, 6, 1, ErrorCodes.DuplicateKey, "title", 3);
    }

    [Fact]
    public void The_same_field_in_two_list_items_is_no_duplicate()
    {
        var result = TestSite.Minimal().InsertLine(Start, 13, "  - role: programleder").InsertLine(Start, 14, "    kind: udfører").Build();

        DiagnosticAssert.Clean(result);
    }

    [Fact]
    public void A_colon_in_a_plain_value_asks_for_quotes()
    {
        var result = Replace(6, "summary: Programmet går i gang.", "summary: Programmet: går i gang.");

        DiagnosticAssert.Only(result, Start, 6, 20, ErrorCodes.ColonInValue, "summary");
    }

    [Fact]
    public void A_value_starting_with_a_reserved_character_asks_for_quotes()
    {
        var result = Replace(6, "summary: Programmet går i gang.", "summary: @programmet går i gang.");

        DiagnosticAssert.Only(result, Start, 6, 10, ErrorCodes.ReservedFirstCharacter, "@", "summary");
    }

    [Fact]
    public void Any_other_mistake_gets_the_danish_general_message_where_the_parser_stopped()
    {
        // A stray closing bracket after a closed list: the parser stops at it.
        var result = Replace(3, "title: Programmet er startet", "title: [Programmet, startet]]");

        DiagnosticAssert.Only(result, Start, 3, 29, ErrorCodes.YamlUnreadable);
    }

    [Fact]
    public void Site_settings_get_the_same_messages()
    {
        var result = TestSite.Minimal().ReplaceLine("input/site.yml", 4, "organisation: Testkommunen", "organisation Testkommunen").Build();

        DiagnosticAssert.Only(result, "input/site.yml", 4, 13, ErrorCodes.MissingColon, "organisation");
    }

    private static BuildResult Replace(int line, string expected, string replacement) =>
        HangGuard.Run(() => TestSite.Minimal().ReplaceLine(Start, line, expected, replacement).Build());
}
