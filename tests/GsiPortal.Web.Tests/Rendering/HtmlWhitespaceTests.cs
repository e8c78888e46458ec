using GsiPortal.Web.Rendering;

namespace GsiPortal.Web.Tests.Rendering;

/// <summary>Pages lose their templates' indentation, never a space between words nor the whitespace of preformatted text.</summary>
public class HtmlWhitespaceTests
{
    [Fact]
    public void IndentationAndBlankLinesGoButEachNewlineStays() =>
        Assert.Equal("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", HtmlWhitespace.Trim("<ul>\n    <li>one</li>\n\n      \n    <li>two</li>\n</ul>"));

    [Fact]
    public void PreformattedTextScriptsAndTextareasKeepTheirWhitespace()
    {
        const string html = "<div>\n  <pre class=\"example\">\n  indented\n    more\n</pre>\n  <textarea>\n  typed\n</textarea>\n  <script>\n  var a = 1;\n</script>\n</div>";
        Assert.Equal("<div>\n<pre class=\"example\">\n  indented\n    more\n</pre>\n<textarea>\n  typed\n</textarea>\n<script>\n  var a = 1;\n</script>\n</div>", HtmlWhitespace.Trim(html));
    }

    [Fact]
    public void WordsOnSeparateLinesStaySeparate() =>
        Assert.Equal("<p>Security\n<em>of</em>\nall</p>", HtmlWhitespace.Trim("<p>Security\n        <em>of</em>\n   all</p>"));
}
