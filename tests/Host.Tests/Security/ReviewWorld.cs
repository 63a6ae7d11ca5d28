using Planner.Board.People;
using Planner.Board.Persistence;
using Planner.Board.Reviews;
using Planner.Board.Tiles;
using Planner.Board.Workflow;
using Planner.Host.Tests.Hosting;

namespace Planner.Host.Tests.Security;

/// <summary>
/// A review of its own, inserted row by row through the host's database: agencies X and Y, five
/// tiles, and a new person for every <see cref="Persona"/> (the secretariat is the sample's, as
/// secretariat staff act on every review). Every tile except <see cref="UnsharedTile"/> is shared
/// with stakeholders, so that what a stakeholder may do there is decided by the role alone.
/// </summary>
internal sealed class ReviewWorld
{
    private readonly Dictionary<Persona, string> emails = [];

    private ReviewWorld(Guid reviewId)
    {
        ReviewId = reviewId;
    }

    public Guid ReviewId { get; }

    public Guid AgencyX { get; } = Guid.NewGuid();

    public Guid AgencyY { get; } = Guid.NewGuid();

    /// <summary>Article 10, in Assign, assigned to agency X.</summary>
    public Guid AssignedTile { get; private set; }

    /// <summary>Article 11, in Assign, assigned to no agency.</summary>
    public Guid UnassignedTile { get; private set; }

    /// <summary>Article 13, in Answer, assigned to agency X, not answered yet.</summary>
    public Guid AnswerTile { get; private set; }

    /// <summary>Article 5, in Review (answer locked), assigned to agency X.</summary>
    public Guid LockedTile { get; private set; }

    /// <summary>Article 7, in Answer, assigned to agency X, answered, and not shared with stakeholders.</summary>
    public Guid UnsharedTile { get; private set; }

    public static readonly int[] SharedArticles = [5, 10, 11, 13];

    public const int UnsharedArticle = 7;

    public string EmailOf(Persona persona) => emails[persona];

    public static ReviewWorld Create(PlannerAppFactory app, string stateUnderReview = "KEN", string fromGroup = "UGA", string fromBox = "BRA")
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new ReviewWorld(Guid.NewGuid());
        app.WithDb(db =>
        {
            var now = TimeProvider.System.GetUtcNow();
            var secretariat = db.Users.Single(u => u.Email == SampleUsers.Secretariat);
            var actor = new Actor(secretariat.Id, secretariat.DisplayName, ReviewRole.Secretariat);
            db.Reviews.Add(new CountryReview(world.ReviewId, 2, 5, stateUnderReview, fromGroup, fromBox));
            db.Agencies.Add(new Agency(world.AgencyX, world.ReviewId, $"Agency X of {stateUnderReview}"));
            db.Agencies.Add(new Agency(world.AgencyY, world.ReviewId, $"Agency Y of {stateUnderReview}"));

            world.emails[Persona.Secretariat] = SampleUsers.Secretariat;
            var tag = world.ReviewId.ToString("N")[..8];
            foreach (var persona in Enum.GetValues<Persona>().Where(p => p != Persona.Secretariat))
            {
                var email = $"{persona.ToString().ToLowerInvariant()}-{tag}@example.org";
                var user = new User(Guid.NewGuid(), $"{persona} {tag}", email, isSecretariat: false);
                db.Users.Add(user);
                world.emails[persona] = email;
                if (RoleOf(persona) is { } role)
                {
                    var agency = persona switch
                    {
                        Persona.ExpertOfTileAgency => world.AgencyX,
                        Persona.ExpertOfOtherAgency => world.AgencyY,
                        _ => (Guid?)null,
                    };
                    db.Participants.Add(new Participant(world.ReviewId, user.Id, role, agency));
                }
            }

            world.AssignedTile = Add(db, world, actor, now, 10, Column.Assign, [world.AgencyX], answer: null, shared: true);
            world.UnassignedTile = Add(db, world, actor, now, 11, Column.Assign, [], answer: null, shared: true);
            world.AnswerTile = Add(db, world, actor, now, 13, Column.Answer, [world.AgencyX], answer: null, shared: true);
            world.LockedTile = Add(db, world, actor, now, 5, Column.Review, [world.AgencyX], answer: "The policy of 2018.", shared: true);
            world.UnsharedTile = Add(db, world, actor, now, UnsharedArticle, Column.Answer, [world.AgencyX], answer: "Internal draft.", shared: false);
            return db.SaveChanges();
        });
        return world;
    }

    private static ReviewRole? RoleOf(Persona persona) => persona switch
    {
        Persona.Secretariat => ReviewRole.Secretariat,
        Persona.FocalPoint => ReviewRole.FocalPoint,
        Persona.ExpertOfTileAgency or Persona.ExpertOfOtherAgency => ReviewRole.AgencyExpert,
        Persona.Reviewer => ReviewRole.Reviewer,
        Persona.Observer => ReviewRole.Observer,
        Persona.Stakeholder => ReviewRole.Stakeholder,
        Persona.Outsider => null,
    };

    /// <summary>Builds the tile through the domain's own methods, as the secretariat, so it can hold no state the workflow forbids.</summary>
    private static Guid Add(PlannerDbContext db, ReviewWorld world, Actor actor, DateTimeOffset now,
        int article, Column column, Guid[] agencies, string? answer, bool shared)
    {
        var tile = new Tile(Guid.NewGuid(), world.ReviewId, article);
        if (agencies.Length > 0)
        {
            Ensure(tile.AssignAgencies(agencies, actor, tile.Version, now));
        }
        // Assigning an agency sends the tile to Answer: a tile wanted in Assign with agencies is sent back.
        if (column == Column.Assign && tile.Column == Column.Answer)
        {
            Ensure(tile.MoveTo(Column.Assign, actor, tile.Version, now));
        }
        if (column >= Column.Answer && tile.Column == Column.Assign)
        {
            Ensure(tile.MoveTo(Column.Answer, actor, tile.Version, now));
        }
        if (answer is not null)
        {
            Ensure(tile.SaveAnswer(answer, actor, tile.Version, now));
        }
        if (column >= Column.Review)
        {
            Ensure(tile.MoveTo(Column.Review, actor, tile.Version, now));
        }
        if (shared)
        {
            Ensure(tile.ShareWithStakeholders(true, actor, tile.Version, now));
        }
        db.Tiles.Add(tile);
        return tile.Id;
    }

    private static void Ensure(WorkflowDecision decision)
    {
        if (!decision.IsAllowed)
        {
            throw new InvalidOperationException($"The test review asks for a change the workflow refuses: {decision.Refusal}.");
        }
    }
}
