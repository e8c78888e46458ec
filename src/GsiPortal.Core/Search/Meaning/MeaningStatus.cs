namespace GsiPortal.Core.Search.Meaning;

/// <summary>How far a search by meaning went for one response (<see cref="SearchResponse.ByMeaningStatus"/>).</summary>
public enum MeaningStatus
{
    /// <summary>The rule leaves this search to its words (enough keyword results holding every word, a later page, a reference), or the path is off.</summary>
    NotNeeded,

    /// <summary>Searched by meaning: <see cref="SearchResponse.ByMeaning"/> holds what the rule chose, which may be nothing.</summary>
    Done,

    /// <summary>
    /// Meaning may add results, but the query's vector is not known and the keyword answer does not wait for the
    /// model: the reader's page or program asks for them apart (<see cref="MeaningSearch.FindAsync"/>).
    /// </summary>
    Deferred,

    /// <summary>Asked for, but the model had no free turn soon enough: the answer holds the keyword results alone.</summary>
    Busy,

    /// <summary>Asked for before the model and this content version's passages were ready (just after start-up or a reload).</summary>
    NotReady,
}
