namespace Drejebog.Site.Sources;

/// <summary>What a path names, without following a symbolic link at the end.</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
