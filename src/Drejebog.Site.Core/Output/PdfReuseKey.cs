using System.Security.Cryptography;
using System.Text;

namespace Drejebog.Site.Output;

/// <summary>
/// What a printed PDF depends on: the files Chromium asked for while printing it (the page, its
/// stylesheets, fonts, scripts and images), by path and exact bytes, and which of them were missing.
/// A file the page newly refers to is named in one of those files, which then changed too, so the
/// key changes whenever the print could. Not covered: a different Chromium version.
/// The key and its file list are kept in a hidden file in the output folder (<see cref="FileName"/>)
/// rather than in the PDF's metadata: reading it back needs no PDF parser or PDF writer, it goes
/// with the output folder it describes, and, like <see cref="OutputMarker"/>, it is a dotfile that
/// no input file can collide with and that reveals nothing about the build machine if published.
/// </summary>
public sealed record PdfReuseKey(string Hash, IReadOnlyList<string> Files)
{
    public const string FileName = ".drejebog-pdf";

    // The first line; a new format or new print options change it, so older keys never match.
    private const string Signature = "drejebog-pdf 1";

    /// <summary>The key of <paramref name="files"/> (relative paths with forward slashes) as they are now in <paramref name="siteFolder"/>.</summary>
    public static PdfReuseKey Of(string siteFolder, IEnumerable<string> files)
    {
        var list = files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Signature + "\n"));
        foreach (var file in list)
        {
            var path = Path.Combine(siteFolder, file);
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
            // Path, then "missing" or the length, then the bytes: no two different sets of files hash the same text.
            hash.AppendData(Encoding.UTF8.GetBytes($"{file}\n{(bytes is null ? "-" : bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n"));
            hash.AppendData(bytes ?? []);
        }
        return new PdfReuseKey(Convert.ToHexStringLower(hash.GetHashAndReset()), list);
    }

    /// <summary>The key a build left in <paramref name="outputFolder"/>, or null when there is none or it is not ours.</summary>
    public static PdfReuseKey? Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > 1024 * 1024)
            {
                return null;
            }
            var lines = File.ReadAllLines(path);
            return lines.Length >= 2 && lines[0] == Signature ? new PdfReuseKey(lines[1], lines[2..]) : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(string outputFolder) =>
        File.WriteAllText(Path.Combine(outputFolder, FileName), string.Join('\n', [Signature, Hash, .. Files]) + "\n");
}
