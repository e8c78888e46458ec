using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GsiPortal.Core.Search;

/// <summary>
/// A number written with thousands separators is one number: "5,581" and "50,000" are indexed and searched as
/// "5581" and "50000", so a reader who types the digits alone finds them (Chen Xiangyang ¶5, "5,581 words").
/// </summary>
internal sealed class DigitGroupFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        var length = term.Length;
        if (length < 5 || !char.IsDigit(buffer[0]) || !char.IsDigit(buffer[length - 1])) return true;
        var commas = 0;
        for (var i = 0; i < length; i++)
        {
            if (buffer[i] == ',') commas++;
            else if (!char.IsDigit(buffer[i])) return true;
        }
        if (commas == 0) return true;
        var write = 0;
        for (var i = 0; i < length; i++)
            if (buffer[i] != ',') buffer[write++] = buffer[i];
        term.Length = write;
        return true;
    }
}
