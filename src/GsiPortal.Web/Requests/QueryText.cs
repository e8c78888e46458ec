using System.Text;

namespace GsiPortal.Web.Requests;

/// <summary>
/// Whether a parameter of an address is text at all. An escape that is not UTF-8 (<c>?text=%FF%FE</c>) is left as it
/// stands by the query's decoding, so the quote check counted "FF" and "FE" as two words and refused the passage for
/// being short (a fresh-eyes review): the address must be refused for what is wrong with it.
/// </summary>
public static class QueryText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True when every value of <paramref name="name"/> in the raw query (with or without its "?") decodes as UTF-8.</summary>
    public static bool IsUtf8(string? rawQuery, string name)
    {
        if (string.IsNullOrEmpty(rawQuery)) return true;
        foreach (var pair in rawQuery.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq >= 0 && string.Equals(pair[..eq], name, StringComparison.Ordinal) && !Decodes(pair[(eq + 1)..])) return false;
        }
        return true;
    }

    private static bool Decodes(string value)
    {
        var bytes = new List<byte>(value.Length);
        var plain = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(plain.ToString()));
                plain.Clear();
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
            }
            else plain.Append(value[i]);
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(plain.ToString()));
        try
        {
            Strict.GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
