using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Planner.Host.Tests.Security;

/// <summary>
/// Finds what would run script in HTML, parsed as a browser parses it (AngleSharp, which
/// HtmlSanitizer brings along): script-bearing elements, event attributes, and URLs with the
/// javascript:, vbscript: or data: schemes.
/// </summary>
internal static class ActiveContent
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] FragmentElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "style", "svg", "math", "img", "template"];

    /// <summary>In a page's body, forms and the framework's script are expected; nothing else of this kind is.</summary>
    private static readonly string[] PageBodyElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "svg", "math", "template"];

    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "srcset", "ping"];

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Findings in HTML rendered from Markdown: nothing active is allowed, nor inline styles.</summary>
    public static IReadOnlyList<string> InFragment(string html)
    {
        var document = Parser.ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var findings = Scan(document.Body!, FragmentElements, allowFrameworkScript: false);
        findings.AddRange(document.Body!.Descendants<IElement>().Where(e => e.HasAttribute("style")).Select(e => $"style attribute on <{e.LocalName}>"));
        return findings;
    }

    /// <summary>Findings in a whole page's body; the site's own script files are the only scripts allowed.</summary>
    public static IReadOnlyList<string> InPage(string html)
    {
        var document = Parser.ParseDocument(html);
        return Scan(document.Body!, PageBodyElements, allowFrameworkScript: true);
    }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    private static List<string> Scan(IElement root, string[] forbidden, bool allowFrameworkScript)
    {
        var findings = new List<string>();
        foreach (var element in root.Descendants<IElement>())
        {
            var name = element.LocalName;
            if (forbidden.Contains(name, StringComparer.OrdinalIgnoreCase)
                && !(allowFrameworkScript && IsOwnScriptFile(element)))
            {
                findings.Add($"<{name}> element: {Shorten(element.OuterHtml)}");
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"event attribute {attribute.Name} on <{name}>");
                }
                if (attribute.LocalName.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"srcdoc on <{name}>");
                }
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                {
                    findings.Add($"{attribute.Name}=\"{attribute.Value}\" on <{name}>");
                }
            }
        }
        return findings;
    }

    /// <summary>A script file of the site itself (blazor.web.js, a component's .razor.js): a relative src and no inline code.</summary>
    private static bool IsOwnScriptFile(IElement element) =>
        element.LocalName == "script"
        && element.GetAttribute("src") is { Length: > 0 } src
        && !src.Contains(':', StringComparison.Ordinal) && !src.StartsWith("//", StringComparison.Ordinal)
        && string.IsNullOrWhiteSpace(element.TextContent);

    /// <summary>As a browser reads a URL: leading controls and spaces, and tabs and newlines anywhere, are dropped.</summary>
    private static bool IsScriptUrl(string value)
    {
        var url = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return ScriptSchemes.Any(s => url.StartsWith(s, StringComparison.Ordinal));
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
