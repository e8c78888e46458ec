using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The inputs known to cost the most per character, each made to a given length: unclosed tags of every kind a
/// reader of pasted HTML treats specially, runs of quotation marks, deep brackets, one very long word, mixed scripts,
/// and real quotations (which the checker aligns against the texts). Lengths are UTF-16 characters; an input is
/// never longer than asked, so one made to a limit is within it.
/// </summary>
public static class WorstInputs
{
    /// <summary>A sentence of the paper: quotations of it are found, and aligned against every paragraph resembling it.</summary>
    public const string PaperSentence = "Security of one country should not come at the expense of that of others.";

    public static readonly IReadOnlyList<(string Name, Func<int, string> Make)> All =
    [
        ("unclosed <style>", n => "<p>x</p>" + Repeat("<style ", n - 8)),
        ("unclosed <script>", n => "<p>x</p>" + Repeat("<script>", n - 8)),
        ("unclosed <p", n => Repeat("<p ", n)),
        ("unclosed <blockquote>", n => Repeat("<blockquote>x ", n)),
        ("unclosed <q", n => "<p>x</p>" + Repeat("<q ", n - 8)),
        ("lone <", n => "<p>x</p>" + Repeat("< ", n - 8)),
        ("straight quotation marks", n => Repeat("\"", n)),
        ("curly quotation marks", n => Repeat("“", n)),
        ("unclosed single quotes", n => Repeat("‘a ", n)),
        ("guillemets", n => Repeat("« ", n)),
        ("deep square brackets", n => Repeat("[", n)),
        ("unclosed Markdown links", n => Repeat("[a](", n)),
        ("deep parentheses", n => Repeat("(", n)),
        ("block quote markers", n => Repeat(">", n)),
        ("one very long word", n => new string('a', n)),
        ("mixed scripts", MixedScripts),
        ("quotations of the paper", n => Repeat($"“{PaperSentence}” ", n)),
        // As long as a quotation may be (a quote check's whole limit, or 2,900 characters each in an article), so that
        // the input scales with the size asked rather than being empty below one quotation's length.
        ("long quotations of the paper", n => Repeat("“" + Repeat(PaperSentence + " ", Math.Min(2_900, n - 3)) + "” ", n)),
    ];

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length + unit.Length <= length) text.Append(unit);
        return text.ToString();
    }

    /// <summary>Latin, CJK, Arabic, Cyrillic, Devanagari, combining marks, emoji (surrogate pairs) and bidi controls, interleaved.</summary>
    private static string MixedScripts(int length)
    {
        string[] units = ["security ", "安全共同体", "الأمن ", "безопасность ", "सुरक्षा ", "e\u0301\u0302 ", "🛡️🌏 ", "\u202Eabc\u202C ", "“", "”", "‘", "’"];
        var text = new StringBuilder(length);
        for (var i = 0; ; i++)
        {
            var unit = units[i % units.Length];
            if (text.Length + unit.Length > length) return text.ToString();
            text.Append(unit);
        }
    }

    /// <summary>The input cut to a UTF-8 size, on a character boundary (for limits stated in bytes).</summary>
    public static string WithinBytes(string text, int bytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= bytes) return text;
        var length = text.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > bytes) length -= Math.Max(1, (Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) - bytes) / 4);
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length];
    }
}
