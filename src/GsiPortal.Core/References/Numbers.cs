using System.Globalization;

namespace GsiPortal.Core.References;

/// <summary>Numbers as readers write them: 4, four, fourth, 4th, IV.</summary>
internal static class Numbers
{
    private static readonly string[] Cardinals =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    /// <summary>"4" or "four"; null for anything else (dotted numbers, ordinals).</summary>
    public static int? Cardinal(Token token) => token.Kind switch
    {
        TokenKind.Number when token.Lower.Length <= 4 && int.TryParse(token.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        TokenKind.Word when Array.IndexOf(Cardinals, token.Lower) is var i and > 0 => i,
        _ => null,
    };

    /// <summary>"fourth" or "4th".</summary>
    public static int? Ordinal(Token token) => token.Kind switch
    {
        TokenKind.Number when token.Lower.Length is > 2 and <= 5 && char.IsLetter(token.Lower[^1])
            && int.TryParse(token.Lower[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        TokenKind.Word when Array.IndexOf(Ordinals, token.Lower) is var i and > 0 => i,
        _ => null,
    };

    /// <summary>A paragraph label as a commentary numbers it: "4", "2.1", or a written number.</summary>
    public static string? Label(Token token) => token.Kind switch
    {
        TokenKind.Number when !char.IsLetter(token.Lower[^1]) && token.Lower.Length <= 12 => token.Lower,
        TokenKind.Word when Cardinal(token) is { } n => Write(n),
        _ => null,
    };

    /// <summary>A Roman numeral up to XXXIX (<paramref name="text"/> as written); upper case only unless <paramref name="anyCase"/>.</summary>
    public static int? Roman(string text, bool anyCase)
    {
        if (text.Length is 0 or > 6) return null;
        if (!anyCase && text.Any(char.IsLower)) return null;
        var value = 0;
        var upper = text.ToUpperInvariant();
        for (var i = 0; i < upper.Length; i++)
        {
            var v = upper[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
            if (v == 0) return null;
            var next = i + 1 < upper.Length ? upper[i + 1] switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 } : 0;
            value += v < next ? -v : v;
        }
        return value > 0 && ToRoman(value) == upper ? value : null;
    }

    public static string ToRoman(int n)
    {
        var text = "";
        foreach (var (v, s) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= v) { text += s; n -= v; }
        return text;
    }

    /// <summary>"six" for 6, as the reasons write a count; digits past twenty.</summary>
    public static string Words(int n) => n >= 0 && n < Cardinals.Length ? Cardinals[n] : Write(n);

    public static string Write(int n) => n.ToString(CultureInfo.InvariantCulture);
}
