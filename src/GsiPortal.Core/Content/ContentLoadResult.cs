namespace GsiPortal.Core.Content;

/// <summary>The outcome of reading the content folder: a library when every file is sound, else the problems.</summary>
public sealed record ContentLoadResult(ContentLibrary? Library, IReadOnlyList<ContentError> Errors)
{
    public bool IsValid => Library is not null && Errors.Count == 0;
}
