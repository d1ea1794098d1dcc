using System.Runtime.InteropServices;

namespace Drejebog.Site.Sources;

/// <summary>
/// Tells a regular file from a FIFO, a device or a socket without opening it: .NET's file APIs
/// report all of them as files, and opening a FIFO blocks until someone writes to it.
/// </summary>
public static partial class FileKinds
{
    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is not followed).</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows folders hold no FIFOs or devices; a link is a reparse point.
            var info = new FileInfo(path);
            return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
                : info.LinkTarget is not null ? FileKind.SymbolicLink
                : info.Attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
                : FileKind.RegularFile;
        }
        var mode = OperatingSystem.IsLinux() ? LinuxMode(path) : DarwinMode(path);
        return mode switch
        {
            null => FileKind.Missing,
            _ => (mode.Value & 0xF000) switch
            {
                0x8000 => FileKind.RegularFile,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                _ => FileKind.Socket,
            },
        };
    }

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    /// <summary><c>statx</c>, whose buffer has the same layout on every Linux architecture; <c>stx_mode</c> is at byte 28.</summary>
    private static ushort? LinuxMode(string path)
    {
        var buffer = new byte[256];
        return Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) : null;
    }

    /// <summary><c>lstat</c> with 64-bit inodes, whose <c>st_mode</c> is at byte 4 on macOS.</summary>
    private static ushort? DarwinMode(string path)
    {
        var buffer = new byte[512];
        var result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? LstatInode64(path, buffer) : Lstat(path, buffer);
        return result == 0 ? BitConverter.ToUInt16(buffer, 4) : null;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Lstat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "lstat$INODE64", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LstatInode64(string path, [Out] byte[] buffer);
}
