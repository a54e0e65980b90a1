/**
 * Persistent storage sinks for card data (rule `no-card-data-storage`). Data only; resolution lives in
 * `src/analyses/storage-writes.ts`.
 *
 * Sources: Prisma Client (`create/update/upsert` `data`), TypeORM `Repository` / `EntityManager`, Sequelize
 * `Model`, Mongoose `Model`, Knex query builder, Drizzle (`insert().values()`, `update().set()`, table schemas),
 * Supabase (`from().insert/upsert/update`), Firestore `setDoc/addDoc/updateDoc`, DynamoDB `PutCommand` `Item`,
 * idb (IndexedDB) `put/add`, the MongoDB driver (`client.db().collection().insertOne()`), node-postgres / mysql /
 * mysql2 / sqlite3 `query`/`execute`/`run`, ioredis / node-redis, Node `fs`, fast-csv `writeToPath`, Amazon S3
 * (`PutObjectCommand` and the v2 `putObject`/`upload` `Body`), Web Storage, React Native AsyncStorage, localForage,
 * `document.cookie`, js-cookie. Server sessions (`req.session.card = …`, Koa `ctx.session`) and Express `res.cookie()` are found
 * from request handlers in `src/analyses/storage-writes.ts`.
 */
import { api, type ApiDefinition } from './api.js';
import type { TypedFamily } from './api.js';

export type { TypedFamily } from './api.js';

export type StorageCategory = 'database' | 'cache' | 'file' | 'browser' | 'cookie' | 'session';

export interface StorageSink {
  /** Display name for messages (`Prisma`, `localStorage`). */
  readonly store: string;
  readonly category: StorageCategory;
  /** Argument positions whose values are persisted (`[]` for factories and schema-only entries). */
  readonly values: 'all' | readonly number[];
  /** The persisted payload sits under these keys of the value argument (Prisma `data`, upsert `create`/`update`). */
  readonly dataKeys?: readonly string[];
  /** Argument whose static string names the stored field (`localStorage.setItem('cvv', v)`, `hset(k, 'cvv', v)`). */
  readonly nameArg?: number;
  /** Raw SQL: argument positions of the statement text and of its parameters. */
  readonly sql?: { readonly text: number; readonly params?: number };
  /** A schema definition: object keys at `values` positions declare columns. */
  readonly schema?: boolean;
}

const sink = (store: string, category: StorageCategory, values: StorageSink['values'], extra: Partial<StorageSink> = {}): StorageSink => ({
  store,
  category,
  values,
  ...extra,
});
const factory = (store: string, category: StorageCategory): StorageSink => sink(store, category, []);

// ---------------------------------------------------------------------------------------------------------
// Prisma: `prisma.<model>.<method>({ data })` — the model name is arbitrary, so model calls are matched from
// the variables a `new PrismaClient()` is bound to (see storage-writes.ts) with these methods.
// ---------------------------------------------------------------------------------------------------------

/** Prisma model methods and the keys of their argument that carry persisted data. */
export const PRISMA_WRITE_METHODS: Readonly<Record<string, readonly string[]>> = {
  create: ['data'],
  createMany: ['data'],
  createManyAndReturn: ['data'],
  update: ['data'],
  updateMany: ['data'],
  updateManyAndReturn: ['data'],
  upsert: ['create', 'update'],
};
export const PRISMA_FAMILY = 'prisma';
export const PRISMA_STORE = 'Prisma';

// ---------------------------------------------------------------------------------------------------------
// Families reached through TypeScript types of injected members (`constructor(@InjectRepository(Card)
// private repo: Repository<Card>)`, `@InjectModel(Card.name) private model: Model<CardDocument>`).
// ---------------------------------------------------------------------------------------------------------

export const TYPED_STORAGE_FAMILIES: readonly TypedFamily[] = [
  { module: 'typeorm', type: 'Repository', family: 'typeorm-repository' },
  { module: 'typeorm', type: 'MongoRepository', family: 'typeorm-repository' },
  { module: 'typeorm', type: 'TreeRepository', family: 'typeorm-repository' },
  { module: 'typeorm', type: 'EntityManager', family: 'typeorm-manager' },
  { module: 'typeorm', type: 'DataSource', family: 'typeorm-datasource' },
  { module: 'mongoose', type: 'Model', family: 'mongoose-model' },
  { module: '@prisma/client', type: 'PrismaClient', family: PRISMA_FAMILY },
  { module: 'ioredis', type: 'Redis', family: 'redis' },
  { module: 'sequelize', type: 'Sequelize', family: 'sequelize' },
  { module: 'knex', type: 'Knex', family: 'knex' },
  { module: 'pg', type: 'Pool', family: 'pg' },
  { module: 'pg', type: 'Client', family: 'pg' },
  { module: 'pg', type: 'PoolClient', family: 'pg' },
  { module: 'mongodb', type: 'Collection', family: 'mongo-collection' },
  { module: 'mongodb', type: 'Db', family: 'mongo-db' },
];

/** Base classes whose subclasses are models (`class Card extends Model {}` → `Card.create(...)`). */
export const MODEL_BASE_CLASSES: readonly ApiDefinition<string>[] = [
  api.read('sequelize', ['Model'], 'sequelize-model'),
  api.read('sequelize-typescript', ['Model'], 'sequelize-model'),
  api.read('typeorm', ['BaseEntity'], 'typeorm-entity'),
];

/** TypeORM decorators that mark an entity class and its columns. */
export const TYPEORM_ENTITY_DECORATORS: readonly string[] = ['Entity', 'ViewEntity', 'ChildEntity'];
export const TYPEORM_COLUMN_DECORATORS: readonly string[] = [
  'Column', 'PrimaryColumn', 'CreateDateColumn', 'UpdateDateColumn', 'ObjectIdColumn',
];

// ---------------------------------------------------------------------------------------------------------
// Sinks resolved through module references
// ---------------------------------------------------------------------------------------------------------

const TYPEORM = 'TypeORM';
const SEQUELIZE = 'Sequelize';
const MONGOOSE = 'Mongoose';
const KNEX = 'Knex';
const REDIS = 'Redis';
const SQL = 'the database';
const DRIZZLE = 'Drizzle';
const SUPABASE = 'Supabase';
const FIRESTORE = 'Firestore';
const DYNAMODB = 'DynamoDB';
const INDEXEDDB = 'IndexedDB';

const DRIZZLE_DRIVERS = [
  'drizzle-orm/node-postgres', 'drizzle-orm/postgres-js', 'drizzle-orm/mysql2', 'drizzle-orm/better-sqlite3',
  'drizzle-orm/neon-http', 'drizzle-orm/neon-serverless', 'drizzle-orm/libsql', 'drizzle-orm/planetscale-serverless',
  'drizzle-orm/vercel-postgres', 'drizzle-orm/d1', 'drizzle-orm/bun-sqlite', 'drizzle-orm/pglite',
];

const S3 = 'S3';
const MONGODB = 'MongoDB';

const FIRST = [0] as const;
const SECOND = [1] as const;
const AFTER_KEY = [1, 2, 3, 4, 5, 6] as const;

const typeormRepository = (family: string): ApiDefinition<StorageSink>[] => [
  api.instance(family, ['save'], 'call', sink(TYPEORM, 'database', FIRST)),
  api.instance(family, ['insert'], 'call', sink(TYPEORM, 'database', FIRST)),
  api.instance(family, ['create'], 'call', sink(TYPEORM, 'database', FIRST)),
  api.instance(family, ['update'], 'call', sink(TYPEORM, 'database', SECOND)),
  api.instance(family, ['upsert'], 'call', sink(TYPEORM, 'database', FIRST)),
  api.instance(family, ['query'], 'call', sink(TYPEORM, 'database', [], { sql: { text: 0, params: 1 } })),
];

const sequelizeModel = (family: string): ApiDefinition<StorageSink>[] => [
  api.instance(family, ['create'], 'call', sink(SEQUELIZE, 'database', FIRST)),
  api.instance(family, ['bulkCreate'], 'call', sink(SEQUELIZE, 'database', FIRST)),
  api.instance(family, ['build'], 'call', sink(SEQUELIZE, 'database', FIRST)),
  api.instance(family, ['update'], 'call', sink(SEQUELIZE, 'database', FIRST)),
  api.instance(family, ['upsert'], 'call', sink(SEQUELIZE, 'database', FIRST)),
  api.instance(family, ['findOrCreate'], 'call', sink(SEQUELIZE, 'database', FIRST, { dataKeys: ['defaults'] })),
  api.instance(family, ['init'], 'call', sink(SEQUELIZE, 'database', FIRST, { schema: true })),
];

const mongooseModel = (family: string): ApiDefinition<StorageSink>[] => [
  api.instance(family, [], 'construct', sink(MONGOOSE, 'database', FIRST)),
  api.instance(family, ['create'], 'call', sink(MONGOOSE, 'database', FIRST)),
  api.instance(family, ['insertMany'], 'call', sink(MONGOOSE, 'database', FIRST)),
  api.instance(family, ['updateOne'], 'call', sink(MONGOOSE, 'database', SECOND)),
  api.instance(family, ['updateMany'], 'call', sink(MONGOOSE, 'database', SECOND)),
  api.instance(family, ['replaceOne'], 'call', sink(MONGOOSE, 'database', SECOND)),
  api.instance(family, ['findOneAndUpdate'], 'call', sink(MONGOOSE, 'database', SECOND)),
  api.instance(family, ['findByIdAndUpdate'], 'call', sink(MONGOOSE, 'database', SECOND)),
  api.instance(family, ['findOneAndReplace'], 'call', sink(MONGOOSE, 'database', SECOND)),
];

const redisClient = (family: string): ApiDefinition<StorageSink>[] => [
  ...['set', 'setex', 'setEx', 'psetex', 'setnx', 'setNX', 'getset', 'getSet', 'append'].map((method) =>
    api.instance(family, [method], 'call', sink(REDIS, 'cache', method.toLowerCase().endsWith('ex') ? [2] : SECOND, { nameArg: 0 })),
  ),
  ...['hset', 'hSet', 'hsetnx', 'hSetNX'].map((method) =>
    api.instance(family, [method], 'call', sink(REDIS, 'cache', AFTER_KEY, { nameArg: 1 })),
  ),
  ...['hmset', 'hMSet', 'mset', 'mSet', 'lpush', 'lPush', 'rpush', 'rPush', 'sadd', 'sAdd', 'zadd', 'zAdd', 'xadd', 'xAdd'].map(
    (method) => api.instance(family, [method], 'call', sink(REDIS, 'cache', AFTER_KEY)),
  ),
  api.instance(family, ['json', 'set'], 'call', sink(REDIS, 'cache', [2])),
];

const sqlClient = (family: string, methods: readonly string[], store = SQL): ApiDefinition<StorageSink>[] =>
  methods.map((method) => api.instance(family, [method], 'call', sink(store, 'database', [], { sql: { text: 0, params: 1 } })));

const fsWrites = (module: string, prefix: readonly string[]): ApiDefinition<StorageSink>[] => [
  ...['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync'].map((method) =>
    api.call(module, [...prefix, method], sink('a file', 'file', SECOND)),
  ),
  api.call(module, [...prefix, 'createWriteStream'], factory('a file', 'file'), 'fs-stream'),
];

export const STORAGE_SINKS: readonly ApiDefinition<StorageSink>[] = [
  // Prisma client construction (model calls are matched from its reads).
  api.construct('@prisma/client', ['PrismaClient'], factory(PRISMA_STORE, 'database'), PRISMA_FAMILY),
  api.instance(PRISMA_FAMILY, ['$executeRawUnsafe'], 'call', sink(PRISMA_STORE, 'database', [], { sql: { text: 0 } })),

  // TypeORM
  api.construct('typeorm', ['DataSource'], factory(TYPEORM, 'database'), 'typeorm-datasource'),
  api.call('typeorm', ['getRepository'], factory(TYPEORM, 'database'), 'typeorm-repository'),
  api.call('typeorm', ['getManager'], factory(TYPEORM, 'database'), 'typeorm-manager'),
  api.instance('typeorm-datasource', ['getRepository'], 'call', factory(TYPEORM, 'database'), 'typeorm-repository'),
  api.instance('typeorm-datasource', ['manager'], 'read', factory(TYPEORM, 'database'), 'typeorm-manager'),
  api.instance('typeorm-manager', ['getRepository'], 'call', factory(TYPEORM, 'database'), 'typeorm-repository'),
  ...typeormRepository('typeorm-repository'),
  api.instance('typeorm-manager', ['save'], 'call', sink(TYPEORM, 'database', 'all')),
  api.instance('typeorm-manager', ['insert'], 'call', sink(TYPEORM, 'database', SECOND)),
  api.instance('typeorm-manager', ['update'], 'call', sink(TYPEORM, 'database', [2])),
  api.instance('typeorm-manager', ['upsert'], 'call', sink(TYPEORM, 'database', SECOND)),
  api.instance('typeorm-manager', ['query'], 'call', sink(TYPEORM, 'database', [], { sql: { text: 0, params: 1 } })),
  ...typeormRepository('typeorm-entity'),

  // Sequelize
  api.construct('sequelize', ['Sequelize'], factory(SEQUELIZE, 'database'), 'sequelize'),
  api.construct('sequelize', [], factory(SEQUELIZE, 'database'), 'sequelize'),
  api.construct('sequelize-typescript', ['Sequelize'], factory(SEQUELIZE, 'database'), 'sequelize'),
  api.instance('sequelize', ['define'], 'call', sink(SEQUELIZE, 'database', SECOND, { schema: true }), 'sequelize-model'),
  api.instance('sequelize', ['query'], 'call', sink(SEQUELIZE, 'database', [], { sql: { text: 0 } })),
  ...sequelizeModel('sequelize-model'),

  // Mongoose
  api.call('mongoose', ['model'], factory(MONGOOSE, 'database'), 'mongoose-model'),
  api.call('mongoose', ['connection', 'model'], factory(MONGOOSE, 'database'), 'mongoose-model'),
  api.construct('mongoose', ['Schema'], sink(MONGOOSE, 'database', FIRST, { schema: true })),
  ...mongooseModel('mongoose-model'),

  // Knex: `knex(config)`, then `db('cards').insert(row)` / `db.insert(row).into('cards')`
  api.call('knex', [], factory(KNEX, 'database'), 'knex'),
  api.call('knex', ['knex'], factory(KNEX, 'database'), 'knex'),
  api.call('knex', ['default'], factory(KNEX, 'database'), 'knex'),
  api.instance('knex', [], 'call', factory(KNEX, 'database'), 'knex-query'),
  api.instance('knex', ['insert'], 'call', sink(KNEX, 'database', FIRST)),
  api.instance('knex', ['raw'], 'call', sink(KNEX, 'database', [], { sql: { text: 0, params: 1 } })),
  ...['insert', 'update', 'upsert'].map((method) => api.instance('knex-query', [method], 'call', sink(KNEX, 'database', FIRST))),
  ...['where', 'whereIn', 'andWhere'].flatMap((filter) =>
    ['update', 'insert'].map((method) => api.instance('knex-query', [filter, method], 'call', sink(KNEX, 'database', FIRST))),
  ),
  api.instance('knex-query', ['onConflict', 'merge'], 'call', sink(KNEX, 'database', FIRST)),

  // Raw SQL drivers
  api.construct('pg', ['Pool'], factory(SQL, 'database'), 'pg'),
  api.construct('pg', ['Client'], factory(SQL, 'database'), 'pg'),
  ...sqlClient('pg', ['query']),
  ...['mysql', 'mysql2', 'mysql2/promise'].flatMap((module) => [
    api.call(module, ['createConnection'], factory(SQL, 'database'), 'mysql'),
    api.call(module, ['createPool'], factory(SQL, 'database'), 'mysql'),
  ]),
  ...sqlClient('mysql', ['query', 'execute']),
  api.construct('sqlite3', ['Database'], factory(SQL, 'database'), 'sqlite3'),
  api.construct('sqlite3', ['verbose', 'Database'], factory(SQL, 'database'), 'sqlite3'),
  ...sqlClient('sqlite3', ['run', 'exec']),

  // Drizzle ORM: `const db = drizzle(pool)`, `db.insert(cards).values(row)`, `db.update(cards).set(row)`
  ...DRIZZLE_DRIVERS.flatMap((module) => [
    api.call(module, ['drizzle'], factory(DRIZZLE, 'database'), 'drizzle'),
    api.call(module, ['default'], factory(DRIZZLE, 'database'), 'drizzle'),
  ]),
  api.instance('drizzle', ['insert'], 'call', factory(DRIZZLE, 'database'), 'drizzle-insert'),
  api.instance('drizzle', ['update'], 'call', factory(DRIZZLE, 'database'), 'drizzle-update'),
  api.instance('drizzle-insert', ['values'], 'call', sink(DRIZZLE, 'database', FIRST)),
  api.instance('drizzle-update', ['set'], 'call', sink(DRIZZLE, 'database', FIRST)),
  ...[
    ['drizzle-orm/pg-core', 'pgTable'],
    ['drizzle-orm/mysql-core', 'mysqlTable'],
    ['drizzle-orm/sqlite-core', 'sqliteTable'],
  ].map(([module, fn]) => api.call(module!, [fn!], sink(DRIZZLE, 'database', SECOND, { schema: true }))),

  // Supabase: `supabase.from('cards').insert(row)`
  api.call('@supabase/supabase-js', ['createClient'], factory(SUPABASE, 'database'), 'supabase'),
  api.instance('supabase', ['from'], 'call', factory(SUPABASE, 'database'), 'supabase-query'),
  ...['insert', 'upsert', 'update'].map((method) => api.instance('supabase-query', [method], 'call', sink(SUPABASE, 'database', FIRST))),

  // Firestore (modular API) and DynamoDB document commands
  ...['setDoc', 'addDoc', 'updateDoc'].flatMap((fn) => [
    api.call('firebase/firestore', [fn], sink(FIRESTORE, 'database', SECOND)),
    api.call('firebase/firestore/lite', [fn], sink(FIRESTORE, 'database', SECOND)),
  ]),
  api.construct('@aws-sdk/lib-dynamodb', ['PutCommand'], sink(DYNAMODB, 'database', FIRST, { dataKeys: ['Item'] })),

  // IndexedDB through idb: `const db = await openDB('shop', 1)`, `db.put('cards', value)`
  api.call('idb', ['openDB'], factory(INDEXEDDB, 'browser'), 'idb'),
  ...['put', 'add'].map((method) => api.instance('idb', [method], 'call', sink(INDEXEDDB, 'browser', SECOND))),

  // MongoDB driver: `new MongoClient(url).db().collection('cards').insertOne(doc)`
  api.construct('mongodb', ['MongoClient'], factory(MONGODB, 'database'), 'mongo-client'),
  api.call('mongodb', ['MongoClient', 'connect'], factory(MONGODB, 'database'), 'mongo-client'),
  api.instance('mongo-client', ['db'], 'call', factory(MONGODB, 'database'), 'mongo-db'),
  api.instance('mongo-db', ['collection'], 'call', factory(MONGODB, 'database'), 'mongo-collection'),
  ...['insertOne', 'insertMany', 'save', 'insert'].map((method) =>
    api.instance('mongo-collection', [method], 'call', sink(MONGODB, 'database', FIRST)),
  ),
  ...['updateOne', 'updateMany', 'update', 'replaceOne', 'findOneAndUpdate', 'findOneAndReplace'].map((method) =>
    api.instance('mongo-collection', [method], 'call', sink(MONGODB, 'database', SECOND)),
  ),

  // Amazon S3: v3 `PutObjectCommand({ Body })`, the aggregated v3 client and v2 `putObject/upload({ Body })`
  api.construct('@aws-sdk/client-s3', ['PutObjectCommand'], sink(S3, 'file', FIRST, { dataKeys: ['Body'] })),
  api.construct('@aws-sdk/client-s3', ['S3'], factory(S3, 'file'), 's3-client'),
  api.construct('aws-sdk', ['S3'], factory(S3, 'file'), 's3-client'),
  api.construct('aws-sdk/clients/s3', [], factory(S3, 'file'), 's3-client'),
  ...['putObject', 'upload'].map((method) =>
    api.instance('s3-client', [method], 'call', sink(S3, 'file', FIRST, { dataKeys: ['Body'] })),
  ),

  // Redis
  api.construct('ioredis', [], factory(REDIS, 'cache'), 'redis'),
  api.construct('ioredis', ['Redis'], factory(REDIS, 'cache'), 'redis'),
  api.construct('ioredis', ['default'], factory(REDIS, 'cache'), 'redis'),
  api.call('redis', ['createClient'], factory(REDIS, 'cache'), 'redis'),
  api.call('@redis/client', ['createClient'], factory(REDIS, 'cache'), 'redis'),
  ...redisClient('redis'),

  // Files
  ...fsWrites('fs', []),
  ...fsWrites('fs', ['promises']),
  ...fsWrites('fs/promises', []),
  api.instance('fs-stream', ['write'], 'call', sink('a file', 'file', FIRST)),
  // CSV exports written straight to a path: fast-csv `writeToPath(path, rows)`
  ...['fast-csv', '@fast-csv/format'].map((module) => api.call(module, ['writeToPath'], sink('a file', 'file', SECOND))),

  // Browser storage and cookies
  ...['localStorage', 'sessionStorage'].map((name) =>
    api.global(name, ['setItem'], 'call', sink(name, 'browser', SECOND, { nameArg: 0 })),
  ),
  ...['@react-native-async-storage/async-storage', 'localforage'].flatMap((module) => {
    const store = module === 'localforage' ? 'localForage' : 'AsyncStorage';
    return ['setItem', 'mergeItem'].flatMap((method) => [
      api.call(module, [method], sink(store, 'browser', SECOND, { nameArg: 0 })),
      api.call(module, ['default', method], sink(store, 'browser', SECOND, { nameArg: 0 })),
    ]);
  }),
  api.global('document', ['cookie'], 'read', sink('a cookie', 'cookie', [])),
  api.call('js-cookie', ['set'], sink('a cookie', 'cookie', SECOND, { nameArg: 0 })),
  api.call('js-cookie', ['default', 'set'], sink('a cookie', 'cookie', SECOND, { nameArg: 0 })),
  api.call('cookies-next', ['setCookie'], sink('a cookie', 'cookie', SECOND, { nameArg: 0 })),
  api.call('nookies', ['setCookie'], sink('a cookie', 'cookie', [2], { nameArg: 1 })),
];
