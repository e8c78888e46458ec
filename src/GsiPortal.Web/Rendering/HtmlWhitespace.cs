using System.Text;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Razor writes every page with the indentation of its templates: on an item page about three kilobytes of the
/// twenty. This drops the indentation at the start of each line (the newline stays, so no words run together) outside
/// <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c>, whose whitespace is content. Pages are rendered once
/// per content version and cached, so it costs one pass per render, not per request.
/// </summary>
public static partial class HtmlWhitespace
{
    [GeneratedRegex(@"<(pre|textarea|script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"\n(?:[ \t]*\n)*[ \t]*")]
    private static partial Regex Indentation();

    public static string Trim(string html)
    {
        var trimmed = new StringBuilder(html.Length);
        var at = 0;
        foreach (Match verbatim in Verbatim().Matches(html))
        {
            trimmed.Append(Indentation().Replace(html[at..verbatim.Index], "\n"));
            trimmed.Append(verbatim.Value);
            at = verbatim.Index + verbatim.Length;
        }
        trimmed.Append(Indentation().Replace(html[at..], "\n"));
        return trimmed.ToString();
    }
}
