namespace Planner.Host.Tests.Security;

/// <summary>
/// Script-injection attempts, for every place a person's text is shown: raw HTML (which Markdown
/// shows as text), Markdown links, images and autolinks to script URLs, entity and encoding tricks,
/// attribute break-outs and parser-confusion (mXSS) shapes.
/// </summary>
internal static class XssPayloads
{
    public static IReadOnlyList<string> All { get; } =
    [
        // Script elements.
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>script>alert(1)//<</script>",
        "<script>/*</script><img src=x onerror=alert(1)>*/</script>",
        "<template><script>alert(1)</script></template>",
        // Event attributes.
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" onerror=\"window.__xss=1\">",
        "<img src=`x`onerror=alert(1)>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "<svg onload=alert(1)>",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
        "<a href=\"#\" onclick=\"alert(1)\">click</a>",
        "*<img src=x onerror=alert(1)>*",
        // Markdown links and images to script URLs.
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](<javascript:alert(1)>)",
        "[x](javascript:alert(1) \"title\")",
        "[x](javascript://%0aalert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x](https://evil.example/x.png\"onerror=\"alert(1))",
        "[x][evil]\n\n[evil]: javascript:alert(1)",
        "[x](https://example.org \"\\\" onmouseover=\\\"alert(1)\")",
        // Autolinks.
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "https://example.org/\"onmouseover=\"alert(1)",
        "www.example.org/<script>alert(1)</script>",
        // Frames, objects, forms, navigation.
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;parent.__xss=1&lt;/script&gt;\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\" &#14;  javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        // Styles.
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<style>@import 'javascript:alert(1)';</style>",
        // Entities, encodings and quotes.
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "<a href='javascript:alert(\"x\")'>x</a>",
        // Parser confusion.
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<![CDATA[><script>alert(1)</script>]]>",
        // Code, tables and emphasis around markup.
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
        "**[bold link](javascript:alert(1))**",
    ];

    /// <summary>The payloads that fit in one line of at most 200 characters: usable as a person's or an agency's name.</summary>
    public static IReadOnlyList<string> Names { get; } =
        All.Where(p => !p.Contains('\n', StringComparison.Ordinal) && p.Trim().Length is > 0 and <= 200).ToList();

    public static TheoryData<string> Cases() => [.. All];
}
