using Drejebog.Site.Output;

namespace Drejebog.Site.Tests.Support;

/// <summary>Makes the n-th move, the rollback move or the delete of the old output fail, as a busy or read-only disk would.</summary>
internal sealed class FailingFolders(int failMove = 0, bool failRollback = false, bool failDelete = false) : FolderOperations
{
    private int moves;

    public override void Move(string source, string destination)
    {
        moves++;
        if (moves == failMove || (failRollback && moves > failMove && failMove > 0))
        {
            throw new IOException($"flytningen {moves} fejlede");
        }
        base.Move(source, destination);
    }

    public override void DeleteOwned(string folder)
    {
        if (failDelete && Path.GetFileName(folder).StartsWith(".output-old-", StringComparison.Ordinal))
        {
            throw new IOException("mappen er optaget");
        }
        base.DeleteOwned(folder);
    }
}
