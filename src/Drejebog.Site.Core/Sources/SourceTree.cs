using System.Collections.Concurrent;
using Drejebog.Site.Diagnostics;

namespace Drejebog.Site.Sources;

/// <summary>
/// Reads one source folder (<c>input/</c> or <c>theme/</c>) safely: symbolic links are followed only
/// where they lead, through any chain, to a place inside the folder; loops, FIFOs, devices and sockets
/// are never opened; hidden files and folders (leading <c>.</c>) are skipped; and no file is read past
/// its <see cref="FileLimits">size limit</see>. Each problem becomes a diagnostic at the path of the
/// entry in the folder (the link, not its target), and the entry is left out.
/// </summary>
public sealed class SourceTree
{
    private readonly string displayRoot;
    private readonly string realRoot;
    private readonly ConcurrentQueue<Diagnostic> problems = new();

    /// <param name="folder">The folder on disk.</param>
    /// <param name="displayRoot">How diagnostics name the folder (<c>input</c>).</param>
    public SourceTree(string folder, string displayRoot)
    {
        this.displayRoot = displayRoot;
        realRoot = RealPath.Resolve(folder) ?? Path.GetFullPath(folder);
    }

    /// <summary>What kept entries out so far; <see cref="Read"/> may add to it from several threads.</summary>
    public IReadOnlyCollection<Diagnostic> Problems => problems;

    /// <summary>
    /// The entry at <paramref name="relativePath"/> (links anywhere in it resolved) and its kind, or
    /// null after reporting why it may not be read. A missing entry is <see cref="FileKind.Missing"/>.
    /// </summary>
    public (FileKind Kind, SourceEntry Entry)? Locate(string relativePath)
    {
        var relative = relativePath.Replace('\\', '/');
        var (kind, real) = Resolve(Path.Join(realRoot, relative), relative, named: true);
        return kind is { } known ? (known, new SourceEntry(relative, real, known == FileKind.RegularFile ? LengthOf(real) : 0)) : null;
    }

    /// <summary>
    /// The regular files in the folder <paramref name="relativeFolder"/> (<c>""</c> for the whole tree):
    /// those in real folders first, by name, then those reached through links to folders.
    /// </summary>
    public IReadOnlyList<SourceEntry> Files(string relativeFolder, bool recursive)
    {
        var files = new List<SourceEntry>();
        if (Locate(relativeFolder) is (FileKind.Directory, var folder))
        {
            var prefix = relativeFolder.Length == 0 ? "" : relativeFolder.TrimEnd('/') + "/";
            WalkTree(folder.RealPath, prefix, recursive, files);
        }
        return files;
    }

    /// <summary>
    /// The bytes of <paramref name="entry"/>, or null after reporting it too large or unreadable. The
    /// limit is checked from the length first and again while reading, since a file can grow in between.
    /// </summary>
    public byte[]? Read(SourceEntry entry, long limit)
    {
        var display = Display(entry.RelativePath);
        if (entry.Length > limit)
        {
            return TooLarge(display, entry, limit, entry.Length.ToString("N0", Danish));
        }
        try
        {
            using var stream = new FileStream(entry.RealPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var buffer = new byte[entry.Length + 1];
            var length = 0;
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return TooLarge(display, entry, limit, "over " + limit.ToString("N0", Danish));
                    }
                    Array.Resize(ref buffer, (int)Math.Min(limit + 1, 2L * buffer.Length + 4096));
                }
            }
            return buffer[..length];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Enqueue(At(display, ErrorCodes.FileUnreadable, error.Message));
            return null;
        }
    }

    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");

    private byte[]? TooLarge(string display, SourceEntry entry, long limit, string size)
    {
        problems.Enqueue(At(display, ErrorCodes.FileTooLarge, size, FileLimits.KindOf(entry.RelativePath), limit.ToString("N0", Danish)));
        return null;
    }

    /// <summary>
    /// Reads the real folders first, then the links to folders inside the tree, each as if it were a
    /// folder at the link's path. A link that lies inside the folder it leads to is a loop; and a
    /// folder is read through at most one link, so links to links cannot multiply the work.
    /// </summary>
    private void WalkTree(string folder, string prefix, bool recursive, List<SourceEntry> files)
    {
        var links = new Queue<(string Relative, string Target, string Parent)>();
        var readThroughLink = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(folder, prefix, recursive, files, links, readThroughLink, throughLink: false);
        while (links.TryDequeue(out var link))
        {
            if (RealPath.IsInside(link.Parent, link.Target))
            {
                problems.Enqueue(At(Display(link.Relative), ErrorCodes.LinkLoop));
            }
            else if (readThroughLink.TryGetValue(link.Target, out var first))
            {
                problems.Enqueue(At(Display(link.Relative), ErrorCodes.FolderReadTwice, Display(first)));
            }
            else
            {
                readThroughLink[link.Target] = link.Relative;
                Walk(link.Target, link.Relative + "/", recursive, files, links, readThroughLink, throughLink: true);
            }
        }
    }

    /// <param name="folder">The folder to read, resolved.</param>
    /// <param name="prefix">Its path under the tree's folder, ending in <c>/</c> (or empty).</param>
    /// <param name="recursive">Whether to read the folders in it too.</param>
    /// <param name="files">Where the regular files found are added.</param>
    /// <param name="links">Where links to folders are put, to be read after the real folders.</param>
    /// <param name="readThroughLink">The folders read through a link so far, with the first link's path.</param>
    /// <param name="throughLink">Whether this folder is read through a link (its subfolders then count as read through it).</param>
    private void Walk(string folder, string prefix, bool recursive, List<SourceEntry> files,
        Queue<(string Relative, string Target, string Parent)> links, Dictionary<string, string> readThroughLink, bool throughLink)
    {
        IEnumerable<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Enqueue(At(Display(prefix.TrimEnd('/')), ErrorCodes.FileUnreadable, error.Message));
            return;
        }
        foreach (var name in names.Where(name => !name.StartsWith('.')))
        {
            var relative = prefix + name;
            var path = Path.Join(folder, name);
            var (kind, real) = Resolve(path, relative);
            if (kind == FileKind.RegularFile)
            {
                files.Add(new SourceEntry(relative, real, LengthOf(real)));
            }
            else if (kind == FileKind.Directory && recursive)
            {
                if (real != path)
                {
                    links.Enqueue((relative, real, folder));
                }
                else if (!throughLink || readThroughLink.TryAdd(real, relative))
                {
                    Walk(real, relative + "/", recursive, files, links, readThroughLink, throughLink);
                }
                else
                {
                    problems.Enqueue(At(Display(relative), ErrorCodes.FolderReadTwice, Display(readThroughLink[real])));
                }
            }
        }
    }

    /// <summary>
    /// What <paramref name="path"/> is once its links are followed, reporting links that leave the
    /// folder, loop or dangle, and special files; a null kind means refused (and reported). In a walk only the last part can be a link; a named
    /// path (<paramref name="named"/>) may have links or <c>..</c> anywhere.
    /// </summary>
    private (FileKind? Kind, string RealPath) Resolve(string path, string relative, bool named = false)
    {
        var display = Display(relative);
        var kind = FileKinds.Of(path);
        var real = path;
        var isLink = kind == FileKind.SymbolicLink;
        if (isLink || named)
        {
            var resolved = RealPath.Resolve(path);
            if (resolved is null)
            {
                problems.Enqueue(At(display, ErrorCodes.LinkLoop));
                return (null, path);
            }
            if (!RealPath.IsInside(resolved, realRoot))
            {
                problems.Enqueue(At(display, ErrorCodes.LinkOutsideFolder, (isLink ? LinkText(path) : null) ?? relative, displayRoot));
                return (null, path);
            }
            real = resolved;
            kind = FileKinds.Of(real);
            if (kind == FileKind.Missing && isLink)
            {
                problems.Enqueue(At(display, ErrorCodes.BrokenSymbolicLink, LinkText(path)));
                return (null, path);
            }
        }
        if (kind is FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Socket)
        {
            problems.Enqueue(At(display, ErrorCodes.NotARegularFile, Describe(kind)));
            return (null, real);
        }
        return (kind, real);
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "en FIFO (et navngivet rør)",
        FileKind.Socket => "en socket",
        _ => "en enhed (device)",
    };

    private static string? LinkText(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long LengthOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private string Display(string relative) => relative.Length == 0 ? displayRoot : $"{displayRoot}/{relative}";

    private static Diagnostic At(string path, ErrorCode code, params object?[] args) =>
        new(path, 1, 1, Severity.Error, code.Code, code.Format(args));
}
