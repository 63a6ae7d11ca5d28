namespace Planner.Board.Notifications;

/// <summary>
/// Finds who a comment mentions: "@" followed by a person's display name or e-mail, matched without
/// regard to case and not running on into a longer word ("@Ruth Nakato," mentions Ruth Nakato;
/// "@Ruthless" does not mention Ruth). Names may contain spaces, so known people are looked for,
/// rather than the text being split into words.
/// </summary>
public static class Mentions
{
    public static IReadOnlyList<Guid> In(string text, IEnumerable<(Guid UserId, string DisplayName, string Email)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal))
        {
            return [];
        }
        return people.Where(p => Mentioned(text, p.DisplayName) || Mentioned(text, p.Email)).Select(p => p.UserId).Distinct().ToList();
    }

    private static bool Mentioned(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }
        var needle = "@" + name;
        for (var at = text.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + needle.Length;
            if (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '-' or '@'))
            {
                return true;
            }
        }
        return false;
    }
}
