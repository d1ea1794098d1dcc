using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace Drejebog.Site.Templates;

/// <summary>
/// A layout's rendered HTML handed to the next template (<c>content_main</c> in <c>base.liquid</c>),
/// still in the builder it was rendered into: written chunk by chunk, it is never copied into one
/// string, which for a long page would be a large object (bench/README.md). Written as it is, like
/// a value through <c>raw</c> (<see cref="TemplateLibrary"/> lets <c>raw</c> pass it on unchanged).
/// </summary>
internal sealed class RenderedHtml(StringBuilder html) : FluidValue
{
    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => other.ToStringValue() == ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => html.ToString();

    public override object ToObjectValue() => ToStringValue();

    [Obsolete("Fluid's synchronous writer, kept for its interface; templates write through WriteToAsync.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => Write(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        Write(writer);
        return ValueTask.CompletedTask;
    }

    private void Write(TextWriter writer)
    {
        foreach (var chunk in html.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);
}
