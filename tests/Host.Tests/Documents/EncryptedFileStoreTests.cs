using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Planner.Host.Documents;

namespace Planner.Host.Tests.Documents;

public sealed class EncryptedFileStoreTests : IDisposable
{
    private const string Name = "0123456789abcdef0123456789abcdef.bin";
    private const string OtherName = "fedcba9876543210fedcba9876543210.bin";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "planner-store-tests", Guid.NewGuid().ToString("N"));
    private readonly EphemeralDataProtectionProvider keys = new();

    [Fact]
    public async Task ReadAsync_AfterSave_ReturnsTheContent()
    {
        var store = new EncryptedFileStore(folder, keys);

        await store.SaveAsync(Name, DocumentFiles.Text);

        Assert.Equal(DocumentFiles.Text, await store.ReadAsync(Name));
        Assert.Equal([Name], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_DifferentCiphertext()
    {
        var store = new EncryptedFileStore(folder, keys);

        await store.SaveAsync(Name, DocumentFiles.Pdf);
        await store.SaveAsync(OtherName, DocumentFiles.Pdf);

        Assert.NotEqual(await File.ReadAllBytesAsync(Path.Combine(folder, Name)), await File.ReadAllBytesAsync(Path.Combine(folder, OtherName)));
    }

    [Fact]
    public async Task ReadAsync_OneByteChangedOnDisk_Throws()
    {
        var store = new EncryptedFileStore(folder, keys);
        await store.SaveAsync(Name, DocumentFiles.Text);
        var path = Path.Combine(folder, Name);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^10] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => store.ReadAsync(Name));
    }

    [Fact]
    public async Task ReadAsync_FileSwappedOnDisk_Throws()
    {
        var store = new EncryptedFileStore(folder, keys);
        await store.SaveAsync(Name, DocumentFiles.Text);
        File.Move(Path.Combine(folder, Name), Path.Combine(folder, OtherName));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => store.ReadAsync(OtherName));
    }

    [Fact]
    public async Task ReadAsync_OtherDataProtectionKeys_Throws()
    {
        await new EncryptedFileStore(folder, keys).SaveAsync(Name, DocumentFiles.Text);

        var withOtherKeys = new EncryptedFileStore(folder, new EphemeralDataProtectionProvider());

        await Assert.ThrowsAnyAsync<CryptographicException>(() => withOtherKeys.ReadAsync(Name));
    }

    [Theory]
    [InlineData("../0123456789abcdef0123456789abcdef.bin")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF.bin")]
    [InlineData("0123456789abcdef0123456789abcde/.bin")]
    [InlineData("report.pdf")]
    public async Task SaveAsync_NameNotMadeByTheDomain_ThrowsAndWritesNothing(string storedName)
    {
        var store = new EncryptedFileStore(folder, keys);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(storedName, DocumentFiles.Pdf));

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
