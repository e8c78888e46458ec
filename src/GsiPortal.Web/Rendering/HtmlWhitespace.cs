using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Razor writes every page with the indentation of its templates: on an item page about three kilobytes of the
/// twenty. This drops the indentation at the start of each line (the newline stays, so no words run together) outside
/// <c>pre</c>, <c>textarea</c>, <c>script</c> and <c>style</c>, whose whitespace is content; and the whitespace left
/// between two tags unless both are phrasing (inline) elements, where it is a space a reader sees (between two links,
/// a box and its button). Between a block and anything else a browser shows nothing for it: on an item page about a
/// hundred bytes of newlines (issue #26). Pages are rendered once per content version and cached, so it costs one
/// pass per render, not per request.
/// </summary>
public static partial class HtmlWhitespace
{
    [GeneratedRegex(@"<(pre|textarea|script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"\n(?:[ \t]*\n)*[ \t]*")]
    private static partial Regex Indentation();

    /// <summary>Whitespace alone between the end of one tag and the start of the next, with both tags' names.</summary>
    [GeneratedRegex(@"(?<=<(?:/)?(?<before>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>)[ \t\n]+(?=</?(?<after>[a-zA-Z][a-zA-Z0-9]*))")]
    private static partial Regex BetweenTags();

    /// <summary>Elements laid out in a line with their neighbours (HTML's phrasing content, and SVG's text), where a
    /// space between two of them shows. <c>script</c> is here so that whitespace beside one in running text stays.</summary>
    private static readonly FrozenSet<string> Phrasing = new[]
    {
        "a", "abbr", "audio", "b", "bdi", "bdo", "br", "button", "canvas", "cite", "code", "data", "del", "dfn", "em",
        "i", "iframe", "img", "input", "ins", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output",
        "picture", "progress", "q", "ruby", "rp", "rt", "s", "samp", "script", "select", "small", "span", "strong", "sub",
        "sup", "svg", "template", "text", "textarea", "textPath", "time", "tspan", "u", "var", "video", "wbr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Trim(string html)
    {
        var trimmed = new StringBuilder(html.Length);
        var at = 0;
        foreach (Match verbatim in Verbatim().Matches(html))
        {
            trimmed.Append(Loose(html[at..verbatim.Index]));
            trimmed.Append(verbatim.Value);
            at = verbatim.Index + verbatim.Length;
        }
        trimmed.Append(Loose(html[at..]));
        return trimmed.ToString();
    }

    /// <summary>Outside verbatim elements only (the newline beside one of them stays).</summary>
    private static string Loose(string html) => BetweenTags().Replace(Indentation().Replace(html, "\n"), Between);

    private static string Between(Match m) =>
        Phrasing.Contains(m.Groups["before"].Value) && Phrasing.Contains(m.Groups["after"].Value) ? m.Value : "";
}
