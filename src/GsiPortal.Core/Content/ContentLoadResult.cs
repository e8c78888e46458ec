namespace GsiPortal.Core.Content;

/// <summary>
/// The outcome of reading the content folder: a library when every file is sound, else the problems. An archived
/// edition read as history (<see cref="ContentLoader.LoadHistory"/>) may have a library and <see cref="Warnings"/>:
/// the advisory problems today's checks find in it, reported, not refused.
/// </summary>
public sealed record ContentLoadResult(ContentLibrary? Library, IReadOnlyList<ContentError> Errors)
{
    public bool IsValid => Library is not null && Errors.Count == 0;

    public IReadOnlyList<ContentError> Warnings { get; init; } = [];
}
