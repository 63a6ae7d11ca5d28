using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Planner.Board.Audit;

/// <summary>The SHA-256 chain hash of an audit entry. Every field takes part, each length-prefixed so no two entries can collide by shifting text between fields.</summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Of(AuditEntry e)
    {
        var builder = new StringBuilder();
        foreach (var field in new[]
        {
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.ActorId?.ToString() ?? "",
            e.ActorName,
            e.ReviewId?.ToString() ?? "",
            e.TileId?.ToString() ?? "",
            e.Action,
            e.Entity,
            e.EntityKey,
            e.Before,
            e.After,
        })
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
