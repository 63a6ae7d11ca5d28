using System.Security.Cryptography;
using System.Text;

namespace Planner.Board.People;

/// <summary>
/// A one-time link that lets a nominated expert set a password. Only a hash of the token is
/// stored, so the database alone cannot be used to accept an invitation.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(10);

    private Invitation()
    {
    }

    private Invitation(Guid userId, Guid? reviewId, string tokenHash, string createdBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        ReviewId = reviewId;
        TokenHash = tokenHash;
        CreatedBy = createdBy;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid? ReviewId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Makes an invitation and the token to send; the token is not kept.</summary>
    public static (Invitation Invitation, string Token) Create(Guid userId, Guid? reviewId, string createdBy, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new Invitation(userId, reviewId, HashOf(token), createdBy, now), token);
    }

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    public InvitationState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? InvitationState.Used : now >= ExpiresAt ? InvitationState.Expired : InvitationState.Valid;

    /// <summary>Marks the invitation used; it works once.</summary>
    public InvitationState Redeem(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state == InvitationState.Valid)
        {
            UsedAt = now;
        }
        return state;
    }
}
