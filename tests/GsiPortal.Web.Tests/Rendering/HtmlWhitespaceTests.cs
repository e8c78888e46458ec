using GsiPortal.Web.Rendering;

namespace GsiPortal.Web.Tests.Rendering;

/// <summary>
/// Pages lose their templates' indentation and the whitespace between blocks, never a space between words, between two
/// inline elements a reader sees side by side, nor the whitespace of preformatted text.
/// </summary>
public class HtmlWhitespaceTests
{
    [Fact]
    public void IndentationBlankLinesAndNewlinesBetweenBlocksGo() =>
        Assert.Equal("<ul><li>one</li><li>two</li></ul>", HtmlWhitespace.Trim("<ul>\n    <li>one</li>\n\n      \n    <li>two</li>\n</ul>"));

    [Fact]
    public void PreformattedTextScriptsAndTextareasKeepTheirWhitespace()
    {
        const string html = "<div>\n  <pre class=\"example\">\n  <b>indented</b>\n    <i>more</i>\n</pre>\n  <textarea>\n  typed\n</textarea>\n  <script>\n  var a = 1;\n</script>\n</div>";
        Assert.Equal("<div>\n<pre class=\"example\">\n  <b>indented</b>\n    <i>more</i>\n</pre>\n<textarea>\n  typed\n</textarea>\n<script>\n  var a = 1;\n</script>\n</div>", HtmlWhitespace.Trim(html));
    }

    [Fact]
    public void WordsOnSeparateLinesStaySeparate() =>
        Assert.Equal("<p>Security\n<em>of</em>\nall</p>", HtmlWhitespace.Trim("<p>Security\n        <em>of</em>\n   all</p>"));

    [Fact]
    public void TwoInlineElementsKeepTheSpaceBetweenThem() =>
        Assert.Equal("<div><a href=\"/a\">A</a>\n<a href=\"/b\">B</a> <small>(2)</small></div><p>x</p>",
            HtmlWhitespace.Trim("<div>\n  <a href=\"/a\">A</a>\n  <a href=\"/b\">B</a> <small>(2)</small>\n</div>\n<p>x</p>"));

    [Fact]
    public void SvgTextRunsKeepTheirSpaces() =>
        Assert.Equal("<svg><g><text>one</text>\n<text>two</text> <tspan>three</tspan></g></svg>",
            HtmlWhitespace.Trim("<svg>\n <g>\n  <text>one</text>\n  <text>two</text> <tspan>three</tspan>\n </g>\n</svg>"));
}
