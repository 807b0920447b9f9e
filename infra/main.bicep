// SalesCoachBot on Azure: Azure Bot (Teams channel) → Linux App Service running the .NET 10 bot,
// secrets in Key Vault (RBAC), storage in SQLite on the app's /home share or, optionally, in
// Azure Database for PostgreSQL flexible server. Deploy into a resource group:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// See docs/deploying.md.

targetScope = 'resourceGroup'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Short lowercase prefix for resource names; a hash of the resource group id is appended where names must be globally unique.')
@minLength(3)
@maxLength(12)
param baseName string = 'salescoach'

@description('Azure Bot pricing tier: F0 (free, standard channels like Teams are unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('How the bot authenticates: SingleTenant (app registration in your tenant, the default for new bots), MultiTenant (legacy), or UserAssignedMSI (no secret).')
@allowed([
  'MultiTenant'
  'SingleTenant'
  'UserAssignedMSI'
])
param msaAppType string = 'SingleTenant'

@description('Application (client) ID of the bot\'s app registration, or the client id of the user-assigned identity for UserAssignedMSI.')
@minLength(36)
@maxLength(36)
param msaAppId string

@description('Tenant of the bot\'s identity (SingleTenant and UserAssignedMSI).')
param msaAppTenantId string = tenant().tenantId

@description('Resource id of the user-assigned managed identity; required for UserAssignedMSI, ignored otherwise.')
param msaAppMsiResourceId string = ''

@secure()
@description('Client secret of the bot\'s app registration; stored in Key Vault. Leave empty for UserAssignedMSI.')
param msaAppPassword string = ''

@description('App Service plan SKU (Linux). F1 is free but sleeps (no Always On); B1 or higher for a bot people rely on.')
@allowed([
  'F1'
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServiceSkuName string = 'B1'

@description('Custom host name already bound to the web app (e.g. salescoach.contoso.com); empty to use the default azurewebsites.net host.')
param publicHostName string = ''

@description('Instances of the bot (App Service plan capacity). Two or more share everything through PostgreSQL, so they need deployPostgres.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Deploy Azure Database for PostgreSQL flexible server and use it instead of SQLite.')
param deployPostgres bool = false

@description('PostgreSQL administrator login (not "azure_superuser", "admin", "root", "postgres"...).')
param postgresAdministratorLogin string = 'salescoach'

@secure()
@description('PostgreSQL administrator password; required when deployPostgres is true. Stored in Key Vault.')
param postgresAdministratorPassword string = ''

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@minValue(32)
param postgresStorageSizeGB int = 32

@allowed([
  '15'
  '16'
  '17'
])
param postgresVersion string = '16'

param tags object = {
  app: 'SalesCoachBot'
}

var suffix = uniqueString(resourceGroup().id)
var siteName = '${baseName}-${suffix}'
var keyVaultName = take('kv${baseName}${suffix}', 24)
var postgresDatabaseName = 'salescoach'
var usesManagedIdentity = msaAppType == 'UserAssignedMSI'

module postgres 'modules/postgres.bicep' = if (deployPostgres) {
  name: 'postgres'
  params: {
    location: location
    name: '${baseName}-pg-${suffix}'
    tags: tags
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    databaseName: postgresDatabaseName
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    version: postgresVersion
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: keyVaultName
    tags: tags
    microsoftAppPassword: usesManagedIdentity ? '' : msaAppPassword
    postgresAdministratorPassword: deployPostgres ? postgresAdministratorPassword : ''
    postgresConnectionString: deployPostgres
      ? 'Host=${postgres!.outputs.fullyQualifiedDomainName};Port=5432;Database=${postgresDatabaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};Ssl Mode=Require'
      : ''
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    planName: '${baseName}-plan'
    siteName: siteName
    skuName: appServiceSkuName
    instanceCount: instanceCount
    userAssignedIdentityId: usesManagedIdentity ? msaAppMsiResourceId : ''
    tags: tags
  }
}

module keyVaultAccess 'modules/keyVaultAccess.bicep' = {
  name: 'keyVaultAccess'
  params: {
    vaultName: keyVault.outputs.name
    principalId: webApp.outputs.principalId
  }
}

var publicHost = empty(publicHostName) ? webApp.outputs.defaultHostName : publicHostName
var publicBaseUrl = 'https://${publicHost}'

module appSettings 'modules/appSettings.bicep' = {
  name: 'appSettings'
  params: {
    siteName: webApp.outputs.name
    settings: {
      MicrosoftAppId: msaAppId
      MicrosoftAppPassword: usesManagedIdentity
        ? ''
        : '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.vaultUri}secrets/MicrosoftAppPassword)'
      MicrosoftAppTenantId: msaAppType == 'MultiTenant' ? '' : msaAppTenantId
      MicrosoftAppType: msaAppType
      Storage__Provider: deployPostgres ? 'Postgres' : 'Sqlite'
      ConnectionStrings__SalesCoach: deployPostgres
        ? '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.vaultUri}secrets/SalesCoachConnectionString)'
        : 'Data Source=/home/data/salescoach.db'
      Bot__PublicBaseUrl: publicBaseUrl
    }
  }
  // Key Vault references resolve only once the web app's identity may read the secrets.
  dependsOn: [
    keyVaultAccess
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: 'SalesCoachBot'
    sku: botSku
    msaAppType: msaAppType
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    msaAppMsiResourceId: msaAppMsiResourceId
    endpoint: '${publicBaseUrl}/api/messages'
    tags: tags
  }
}

output webAppName string = webApp.outputs.name
output publicBaseUrl string = publicBaseUrl
output botEndpoint string = '${publicBaseUrl}/api/messages'
output botName string = bot.outputs.name
output keyVaultName string = keyVault.outputs.name
output teamsPackageCommand string = 'bash scripts/package.sh --app-id ${msaAppId} --domain ${publicHost}'
