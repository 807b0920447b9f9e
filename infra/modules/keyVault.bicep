// Key Vault in RBAC mode with the bot's secrets. Secrets that are empty are not created.

param location string
param name string
param tags object

@secure()
@description('The bot\'s client secret; empty when the bot uses a managed identity.')
param microsoftAppPassword string

@secure()
@description('PostgreSQL administrator password; empty when PostgreSQL is not deployed.')
param postgresAdministratorPassword string

@secure()
@description('Full PostgreSQL connection string for the bot; empty when PostgreSQL is not deployed.')
param postgresConnectionString string

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(microsoftAppPassword)) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: microsoftAppPassword
    contentType: 'Bot client secret'
  }
}

resource postgresPassword 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(postgresAdministratorPassword)) {
  parent: vault
  name: 'PostgresAdministratorPassword'
  properties: {
    value: postgresAdministratorPassword
    contentType: 'PostgreSQL administrator password'
  }
}

resource connectionString 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(postgresConnectionString)) {
  parent: vault
  name: 'SalesCoachConnectionString'
  properties: {
    value: postgresConnectionString
    contentType: 'Npgsql connection string'
  }
}

output name string = vault.name
output vaultUri string = vault.properties.vaultUri
