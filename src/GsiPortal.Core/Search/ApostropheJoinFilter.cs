using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GsiPortal.Core.Search;

/// <summary>
/// An apostrophe between two letters inside a word, left after possessives are dropped, joins them: Khokhar writes
/// "Bo'ao" where the other commentaries write "Boao", and the standard tokenizer keeps "bo'ao" as one word, so a reader
/// who typed "Boao Forum" missed his paragraph. Indexed and searched alike, "don't" is "dont" on both sides.
/// </summary>
internal sealed class ApostropheJoinFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        var length = term.Length;
        var first = -1;
        for (var i = 1; i < length - 1; i++)
            if (IsApostrophe(buffer[i]) && char.IsLetter(buffer[i - 1]) && char.IsLetter(buffer[i + 1])) { first = i; break; }
        if (first < 0) return true;
        var write = first;
        for (var i = first; i < length; i++)
            if (!(IsApostrophe(buffer[i]) && i > 0 && i < length - 1 && char.IsLetter(buffer[i - 1]) && char.IsLetter(buffer[i + 1]))) buffer[write++] = buffer[i];
        term.Length = write;
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
