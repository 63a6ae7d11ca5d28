using System.Globalization;

namespace Planner.Board.Audit;

/// <summary>The last entry of the chain: its sequence number and hash.</summary>
public sealed record AuditHead(long Sequence, string Hash);

/// <summary>
/// Keeps the chain's head outside the database, so that cutting entries off the end of the log
/// (which leaves a valid, shorter chain) is detected too.
/// </summary>
public interface IAuditAnchor
{
    AuditHead? Read();

    void Write(AuditHead head);
}

/// <summary>The head in a small file beside the database (written atomically).</summary>
public sealed class FileAuditAnchor(string path) : IAuditAnchor
{
    public AuditHead? Read()
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var parts = File.ReadAllText(path).Trim().Split(' ');
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new AuditHead(sequence, parts[1])
            : null;
    }

    public void Write(AuditHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash}"));
        File.Move(temporary, path, overwrite: true);
    }
}
