using System.Security.Cryptography;
using System.Text;

namespace GsiPortal.Core.Changes;

/// <summary>
/// The Atom ids of the changes feed and its entries: name-based UUIDs (RFC 9562 version 5) of the change's permanent
/// id, written <c>urn:uuid:…</c>. RFC 4287 §4.2.6 says an entry's id must not change when the document is relocated or
/// republished; the former <c>tag:{host},…</c> ids took the host from each request, so the same entry already had as
/// many ids as the site had names (localhost, 127.0.0.1, a proxy's host). An id made of the entry's own permanent id
/// alone is the same wherever and however the site is reached.
/// </summary>
public static class AtomIds
{
    /// <summary>The namespace of GsiPortal's change ids: itself the version-5 UUID of "gsiportal-changes" in RFC 9562's URL namespace.</summary>
    private static readonly Guid Namespace = NameBased(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "gsiportal-changes");

    /// <summary>The feed's id.</summary>
    public static string Feed { get; } = $"urn:uuid:{NameBased(Namespace, "feed")}";

    /// <summary>A change's id, from its permanent id ("first-edition").</summary>
    public static string Entry(Change change) => $"urn:uuid:{NameBased(Namespace, "change/" + change.Id)}";

    /// <summary>RFC 9562 §5.5: SHA-1 of the namespace (network order) and the name, with version 5 and the RFC variant set.</summary>
    public static Guid NameBased(Guid space, string name)
    {
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var input = spaceBytes.Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 version 5 is defined with; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
