using System.Text;
using Planner.Board.Checklist;

namespace Planner.Board.Tiles.Contributions;

/// <summary>
/// Drafts the State's answer from the agencies' contributions (G1): question by question, each
/// agency's answer under its name, so the focal point starts from everything that was said and
/// edits it into one voice. The contributions themselves stay as they were, attributed.
/// </summary>
public static class ContributionCompiler
{
    public static string Compile(IReadOnlyList<ChecklistQuestion> questions, IReadOnlyList<ContributionView> contributions, string language,
        Func<Compliance, string> complianceName)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentNullException.ThrowIfNull(complianceName);
        var text = new StringBuilder();
        foreach (var question in questions)
        {
            var answers = contributions
                .Select(c => (c.AgencyName, Answer: c.Answers.FirstOrDefault(a => a.Key == question.Key)))
                .Where(p => p.Answer is not null)
                .ToList();
            if (answers.Count == 0)
            {
                continue;
            }
            text.Append("### ").AppendLine(question.Text.For(language)).AppendLine();
            foreach (var (agency, answer) in answers)
            {
                text.Append("**").Append(agency).Append("**");
                if (answer!.Choice is { } choice)
                {
                    text.Append(" — ").Append(complianceName(choice));
                }
                text.AppendLine().AppendLine();
                if (!string.IsNullOrWhiteSpace(answer.Text))
                {
                    text.AppendLine(answer.Text.Trim()).AppendLine();
                }
            }
        }
        return text.ToString().TrimEnd() + Environment.NewLine;
    }
}
