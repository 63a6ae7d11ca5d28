using System.Globalization;
using System.Text;

namespace Planner.Board.Audit;

/// <summary>Writes audit entries as CSV (RFC 4180), one row per entry, with the hashes so the export itself can be checked.</summary>
public static class AuditCsv
{
    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        csv.AppendLine("sequence,at_utc,actor_id,actor,review_id,tile_id,action,entity,entity_key,before,after,previous_hash,hash");
        foreach (var e in entries)
        {
            csv.AppendJoin(',',
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                e.ActorId?.ToString() ?? "", Field(e.ActorName), e.ReviewId?.ToString() ?? "", e.TileId?.ToString() ?? "",
                e.Action, e.Entity, Field(e.EntityKey), Field(e.Before), Field(e.After), e.PreviousHash, e.Hash);
            csv.Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Quotes a field; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
