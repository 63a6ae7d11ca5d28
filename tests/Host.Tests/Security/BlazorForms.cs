using AngleSharp.Html.Parser;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Posts a Blazor static-rendered form as a browser does: GET the page, take the form's hidden
/// fields (the antiforgery token and <c>_handler</c>, the form's name), add the visible fields, POST.
/// </summary>
internal static class BlazorForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var form = Parser.ParseDocument(page).QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value=\"{formName}\"]") is not null)
            ?? throw new InvalidOperationException($"No form \"{formName}\" on {path}.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name") ?? "", i.GetAttribute("value") ?? ""))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Posts the form without its antiforgery token, as a forged cross-site form would.</summary>
    public static async Task<HttpResponseMessage> SubmitWithoutTokenAsync(this HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("_handler", formName)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
