using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Planner.Board.Documents;

namespace Planner.Host.Documents;

/// <summary>
/// Keeps document contents encrypted at rest in one folder outside the web root, one file per
/// document, named by its random stored name only. Each file has its own random 256-bit data key;
/// the content is sealed with AES-GCM (12-byte nonce, 16-byte tag, the stored name as associated
/// data, so a file renamed on disk does not open), and the data key is protected with ASP.NET Core
/// Data Protection (purpose <see cref="Purpose"/>; keys in the data folder) and kept in the header.
/// </summary>
/// <remarks>
/// File layout: "PLD1" · protected-key length (int32, little-endian) · protected key · nonce · tag · ciphertext.
/// A file is written to a temporary name beside its final one and moved into place when complete,
/// so a failed write leaves nothing that looks like a document.
/// </remarks>
public sealed class EncryptedFileStore : IDocumentStore
{
    public const string Purpose = "Planner.Documents.v1";

    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] Magic = "PLD1"u8.ToArray();
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    private readonly string folder;
    private readonly IDataProtector protector;

    public EncryptedFileStore(string folder, IDataProtectionProvider dataProtection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(dataProtection);
        this.folder = Path.GetFullPath(folder);
        protector = dataProtection.CreateProtector(Purpose);
        Directory.CreateDirectory(this.folder);
    }

    /// <summary>The folder the encrypted files are in.</summary>
    public string Folder => folder;

    public async Task SaveAsync(string storedName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(storedName);
        var sealedFile = Seal(storedName, content.Span);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            var file = new FileStream(temporary, options);
            await using (file.ConfigureAwait(false))
            {
                await file.WriteAsync(sealedFile, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public async Task<byte[]> ReadAsync(string storedName, CancellationToken cancellationToken = default)
    {
        var sealedFile = await File.ReadAllBytesAsync(PathOf(storedName), cancellationToken).ConfigureAwait(false);
        return Open(storedName, sealedFile);
    }

    public void Discard(string storedName) => File.Delete(PathOf(storedName));

    private byte[] Seal(string storedName, ReadOnlySpan<byte> content)
    {
        var key = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            var protectedKey = protector.Protect(key);
            var header = Magic.Length + sizeof(int) + protectedKey.Length;
            var output = new byte[header + NonceSize + TagSize + content.Length];
            Magic.CopyTo(output, 0);
            BinaryPrimitives.WriteInt32LittleEndian(output.AsSpan(Magic.Length), protectedKey.Length);
            protectedKey.CopyTo(output, Magic.Length + sizeof(int));
            var nonce = output.AsSpan(header, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(key, TagSize);
            aes.Encrypt(nonce, content, output.AsSpan(header + NonceSize + TagSize), output.AsSpan(header + NonceSize, TagSize),
                AssociatedData(storedName));
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private byte[] Open(string storedName, byte[] sealedFile)
    {
        var span = sealedFile.AsSpan();
        if (!span.StartsWith(Magic) || span.Length < Magic.Length + sizeof(int))
        {
            throw new CryptographicException($"{storedName} is not an encrypted Planner document.");
        }
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(span[Magic.Length..]);
        var header = Magic.Length + sizeof(int) + keyLength;
        if (keyLength <= 0 || header + NonceSize + TagSize > span.Length)
        {
            throw new CryptographicException($"{storedName} has a damaged header.");
        }
        var key = protector.Unprotect(span[(Magic.Length + sizeof(int))..header].ToArray());
        try
        {
            var content = new byte[span.Length - header - NonceSize - TagSize];
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(span.Slice(header, NonceSize), span[(header + NonceSize + TagSize)..], span.Slice(header + NonceSize, TagSize),
                content, AssociatedData(storedName));
            return content;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] AssociatedData(string storedName) => Encoding.UTF8.GetBytes(Purpose + "|" + storedName);

    /// <summary>Only names the domain makes (32 hex digits, ".bin") are accepted, so no path can leave the folder.</summary>
    private string PathOf(string storedName)
    {
        if (storedName is not { Length: 36 } || !storedName.EndsWith(".bin", StringComparison.Ordinal)
            || storedName.AsSpan(0, 32).ContainsAnyExcept(HexDigits))
        {
            throw new ArgumentException("Not a stored document name.", nameof(storedName));
        }
        return Path.Combine(folder, storedName);
    }
}
