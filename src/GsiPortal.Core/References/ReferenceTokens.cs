namespace GsiPortal.Core.References;

internal enum TokenKind { Word, Number, Symbol }

/// <summary>One word, number or sign of a text, with where it stands; <see cref="Lower"/> is what the grammar compares.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Lower, bool SpaceBefore, bool Capitals = false)
{
    public bool Is(string lower) => Lower == lower;
    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;
    public bool IsDash => Kind == TokenKind.Symbol && Lower is "-" or "–" or "—" or "‐" or "‑";
}

/// <summary>
/// Splits a text into words, numbers and signs in one pass. A number keeps its dotted levels ("2.4", "2.1") and an
/// ordinal ending ("20th"); a possessive "'s" is a token of its own, so "paper's" reads as the paper's name.
/// </summary>
internal static class ReferenceTokens
{
    public static List<Token> Of(string text, CancellationToken cancellation)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var space = true;
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0x3FFF) == 0) cancellation.ThrowIfCancellationRequested();
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                kind = TokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                while (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                if (i + 1 < text.Length && IsOrdinalEnding(text.AsSpan(i, 2)) && (i + 2 == text.Length || !char.IsLetter(text[i + 2]))) i += 2;
                kind = TokenKind.Number;
            }
            else if (c is '\'' or '’' && !space && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                tokens.Add(new Token(TokenKind.Word, start, i, "'s", false));
                space = false;
                continue;
            }
            else
            {
                i++;
                kind = TokenKind.Symbol;
            }
            var written = text[start..i];
            tokens.Add(new Token(kind, start, i, written.ToLowerInvariant(), space, kind == TokenKind.Word && !HasLower(written)));
            space = false;
        }
        return tokens;
    }

    /// <summary>Whether any character is a lower-case letter: a loop, not LINQ's Any, which made an enumerator for every word of every query searched.</summary>
    private static bool HasLower(string written)
    {
        foreach (var c in written)
            if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsOrdinalEnding(ReadOnlySpan<char> two) =>
        two.Equals("st", StringComparison.OrdinalIgnoreCase) || two.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || two.Equals("rd", StringComparison.OrdinalIgnoreCase) || two.Equals("th", StringComparison.OrdinalIgnoreCase);
}
