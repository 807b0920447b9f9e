namespace SalesCoachBot.Coaching.Manager.Directory;

/// <summary>The company directory's reporting line (Microsoft Entra ID through Graph), when one is configured.</summary>
public interface IManagerDirectory
{
    /// <summary>
    /// The manager the directory names for the user with Entra object id <paramref name="aadObjectId"/>, or null
    /// when it names none. Throws when the directory cannot answer: nothing is concluded from silence.
    /// </summary>
    Task<DirectoryManager?> FindManagerAsync(string aadObjectId, CancellationToken cancellationToken);
}
