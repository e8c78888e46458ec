namespace GsiPortal.Core.Text;

/// <summary>The apparatus's typography: what the site writes around a text (citations, attributions, embed headings), never the text's own words.</summary>
public static class Typography
{
    /// <summary>
    /// Typographic apostrophes, as the curly quotation marks beside them call for: "People's" → "People’s". One
    /// character for one, so that a measured length (an embed's estimated height) is unchanged. Only for names and
    /// titles the site sets; a quotation keeps the marks its source printed ("China's wisdom", "China’s commitment").
    /// </summary>
    public static string Curly(string text) => text.Replace('\'', '’');
}
