using Planner.Board.Notifications;

namespace Planner.Board.Tests.Notifications;

public sealed class MentionsTests
{
    private static readonly Guid Ruth = Guid.NewGuid();
    private static readonly Guid Pedro = Guid.NewGuid();

    private static readonly (Guid, string, string)[] People =
    [
        (Ruth, "Ruth Nakato", "ruth.nakato@example.org"),
        (Pedro, "Pedro Almeida", "pedro.almeida@example.org"),
    ];

    [Theory]
    [InlineData("@Ruth Nakato, please look at paragraph 2.")]
    [InlineData("Over to @ruth nakato")]
    [InlineData("cc @ruth.nakato@example.org")]
    public void In_NameOrEmail_Found(string text) => Assert.Equal([Ruth], Mentions.In(text, People));

    [Theory]
    [InlineData("Ruth Nakato agrees")]
    [InlineData("@Ruth Nakatox")]
    [InlineData("")]
    public void In_NoMention_Nobody(string text) => Assert.Empty(Mentions.In(text, People));

    [Fact]
    public void In_BothMentionedTwice_EachOnce() =>
        Assert.Equal([Ruth, Pedro], Mentions.In("@Pedro Almeida and @Ruth Nakato; again @Ruth Nakato", People));
}
