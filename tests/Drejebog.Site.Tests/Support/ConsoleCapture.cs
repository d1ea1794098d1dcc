using System.Text;

namespace Drejebog.Site.Tests.Support;

/// <summary>A writer that a command writes to from several threads while a test reads what it has written.</summary>
internal sealed class ConsoleCapture : TextWriter
{
    private readonly StringBuilder text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}
