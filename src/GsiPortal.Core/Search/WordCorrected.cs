namespace GsiPortal.Core.Search;

/// <summary>
/// One word of a query the corrector changed, as typed and as searched ("militery", "military"); two words typed
/// apart and joined ("Xiang yang", "Xiangyang") are one. The page and the API name each, so that a reader sees which
/// words were read otherwise than typed, and which were searched as typed (review 22, D1).
/// </summary>
public sealed record WordCorrected(string Typed, string Corrected);
