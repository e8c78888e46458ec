namespace GsiPortal.Core.Search;

/// <summary>The bounds on the work one query may cause; docs/search.md lists them for readers.</summary>
public static class SearchLimits
{
    /// <summary>Longer queries are refused with a message, not cut: a cut query would search for something else.</summary>
    public const int MaxQueryLength = 500;
    /// <summary>Words, phrases and prefixes in one query.</summary>
    public const int MaxClauses = 24;
    /// <summary>Index terms a trailing wildcard may expand to; the most frequent are kept.</summary>
    public const int MaxWildcardTerms = 64;
    /// <summary>Letters a wildcard needs before its '*', so that "a*" cannot expand to half the vocabulary.</summary>
    public const int MinWildcardPrefix = 2;
    public const int PageSize = 10;
    public const int MaxPage = 100;
    public const int MaxSuggestions = 8;
}
