import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { PRISMA_WRITE_METHODS, STORAGE_SINKS } from '../../src/catalog/storage.js';
import { findStorageWrites, importSource } from '../../src/analyses/storage-writes.js';
import { withSourceCode } from '../utils/probe.js';

/** `store@line[:values][ field=name][ sql][ schema]` for every write found. */
function writes(code: string): string[] {
  return withSourceCode(code, (sourceCode) =>
    findStorageWrites(sourceCode).map((write) =>
      [
        `${write.store}@${write.node.loc.start.line}:${write.values.length}`,
        write.fieldName ? ` field=${write.fieldName.name}` : '',
        write.sql ? ' sql' : '',
        write.schema ? ' schema' : '',
      ].join(''),
    ),
  );
}

describe('STORAGE_SINKS', () => {
  it('has only persisted-value positions, SQL slots or factories', () => {
    for (const definition of STORAGE_SINKS) {
      const { data } = definition;
      if (data.values !== 'all' && data.values.length === 0 && !data.sql) {
        expect(definition.returns !== undefined || definition.kind === 'read').toBe(true);
      }
    }
    expect(PRISMA_WRITE_METHODS.upsert).toEqual(['create', 'update']);
  });
});

describe('findStorageWrites', () => {
  it('finds Prisma model writes through the client variable and by name, not reads', () => {
    expect(
      writes(
        "import { PrismaClient } from '@prisma/client';\nconst g = globalThis as any;\nexport const db = g.db ?? new PrismaClient();\nawait db.card.create({ data: {} });\nawait db.card.findMany({});\nclass R { constructor(private prisma: any) {}\n  a() { return this.prisma.card.upsert({ create: {}, update: {} }); } }",
      ),
    ).toEqual(['Prisma@4:1', 'Prisma@7:2']);
  });

  it('follows TypeORM repositories from getRepository, DataSource and typed members', () => {
    expect(
      writes(
        "import { getRepository, DataSource, Repository } from 'typeorm';\nconst ds = new DataSource({});\ngetRepository(Card).save({});\nds.getRepository(Card).insert({});\nds.manager.save(Card, {});\nclass S { constructor(private repo: Repository<Card>) {}\n  a() { return this.repo.update({ id: 1 }, {}); } }",
      ),
    ).toEqual(['TypeORM@3:1', 'TypeORM@4:1', 'TypeORM@5:2', 'TypeORM@7:1']);
  });

  it('finds Sequelize models, Mongoose models and schemas', () => {
    expect(
      writes(
        "import { Sequelize, Model } from 'sequelize';\nimport mongoose from 'mongoose';\nconst s = new Sequelize('x');\nconst A = s.define('A', {});\nclass B extends Model {}\nA.create({}); B.bulkCreate([]);\nconst C = mongoose.model('C', new mongoose.Schema({}));\nnew C({}); C.updateOne({}, {});",
      ),
    ).toEqual(['Sequelize@4:1 schema', 'Sequelize@6:1', 'Sequelize@6:1', 'Mongoose@7:1 schema', 'Mongoose@8:1', 'Mongoose@8:1']);
  });

  it('finds raw SQL, Redis, fs and browser sinks', () => {
    expect(
      writes(
        "import { Pool } from 'pg';\nimport Redis from 'ioredis';\nimport fs from 'node:fs';\nconst pool = new Pool();\nconst redis = new Redis();\npool.query('INSERT INTO t (a) VALUES ($1)', [a]);\nredis.hset('k', 'cvv', v);\nfs.promises.writeFile('f', d);\nlocalStorage.setItem('cardNumber', n);\ndocument.cookie = 'a=b';",
      ),
    ).toEqual([
      'the database@6:0 sql',
      'Redis@7:2 field=cvv',
      'a file@8:1',
      'localStorage@9:1 field=cardNumber',
      'a cookie@10:1',
    ]);
  });

  it('finds TypeORM entity columns', () => {
    const found = withSourceCode(
      "import { Entity, Column } from 'typeorm';\n@Entity() class Card { @Column() cvv!: string; plain = 1; }",
      (sourceCode) => findStorageWrites(sourceCode).map((write) => write.columns?.map((column) => column.name)),
    );
    expect(found).toEqual([['cvv']]);
  });

  it('ignores unresolved objects and shadowed globals', () => {
    expect(writes("cache.set('cvv', v);\ndb.card.create({ data: {} });\nfunction f(localStorage: any) { localStorage.setItem('cvv', v); }")).toEqual([]);
  });

  it('importSource names the module and imported binding', () => {
    withSourceCode("import { Repository as Repo } from 'typeorm';\nimport m from 'mongoose';\nconst x: Repo<A> = m as unknown as Repo<A>;", (sourceCode, program) => {
      const declaration = program.body[2] as TSESTree.VariableDeclaration;
      const declarator = declaration.declarations[0]!;
      const id = declarator.id as TSESTree.Identifier;
      const annotation = id.typeAnnotation!.typeAnnotation as TSESTree.TSTypeReference;
      expect(importSource(sourceCode, annotation.typeName as TSESTree.Identifier)).toEqual({ module: 'typeorm', imported: 'Repository' });
      const init = (declarator.init as TSESTree.TSAsExpression).expression as TSESTree.TSAsExpression;
      expect(importSource(sourceCode, init.expression as TSESTree.Identifier)).toEqual({ module: 'mongoose', imported: 'default' });
    });
  });
});

describe('more stores', () => {
  it('finds Drizzle, Supabase, Firestore, DynamoDB and idb writes, and awaited clients', () => {
    expect(
      writes(
        [
          "import { drizzle } from 'drizzle-orm/node-postgres';",
          "import { pgTable, text } from 'drizzle-orm/pg-core';",
          "import { createClient } from '@supabase/supabase-js';",
          "import { setDoc, doc } from 'firebase/firestore';",
          "import { PutCommand } from '@aws-sdk/lib-dynamodb';",
          "import { openDB } from 'idb';",
          "import mysql from 'mysql2/promise';",
          'const db = drizzle(pool);',
          "export const cards = pgTable('cards', { id: text('id') });",
          'await db.insert(cards).values({ a: 1 }); await db.update(cards).set({ a: 2 });',
          "const supabase = createClient(url, key); await supabase.from('cards').insert({ a: 1 });",
          "await setDoc(doc(fs, 'cards', id), { a: 1 }); new PutCommand({ TableName: 't', Item: { a: 1 } });",
          "const idb = await openDB('shop', 1); await idb.put('cards', value);",
          "const conn = await mysql.createConnection(cfg); await conn.execute('UPDATE t SET a = ?', [a]);",
        ].join('\n'),
      ),
    ).toEqual([
      'Drizzle@9:1 schema',
      'Drizzle@10:1',
      'Drizzle@10:1',
      'Supabase@11:1',
      'Firestore@12:1',
      'DynamoDB@12:1',
      'IndexedDB@13:1',
      'the database@14:0 sql',
    ]);
  });
});

describe('findStorageWrites: sessions, cookies, S3, AsyncStorage, MongoDB', () => {
  it('finds session writes on requests and Koa contexts, not on other objects', () => {
    expect(
      writes(
        "export function f(req, res) {\n  req.session.cardNumber = v;\n  req.session = { a };\n  player.session.card = c;\n}\nexport async function g(ctx) {\n  ctx.session.checkout.card = v;\n}",
      ),
    ).toEqual(['the session@2:1 field=cardNumber', 'the session@3:1', 'the session@7:1 field=card']);
  });

  it('finds cookies set on a handler response only', () => {
    expect(writes("export function f(req, res) {\n  res.cookie('card', v);\n  jar.cookie('card', v);\n}")).toEqual([
      'a cookie@2:1 field=card',
    ]);
  });

  it('finds S3 bodies, AsyncStorage, localForage and MongoDB collection writes', () => {
    expect(
      writes(
        "import { PutObjectCommand } from '@aws-sdk/client-s3';\nimport AWS from 'aws-sdk';\nimport AsyncStorage from '@react-native-async-storage/async-storage';\nimport localforage from 'localforage';\nimport { MongoClient } from 'mongodb';\nnew PutObjectCommand({ Bucket: 'b', Body: v });\nnew AWS.S3().upload({ Body: v });\nAsyncStorage.setItem('k', v);\nlocalforage.setItem('k', v);\nnew MongoClient(u).db().collection('c').updateOne({}, { $set: v });",
      ),
    ).toEqual(['S3@6:1', 'S3@7:1', 'AsyncStorage@8:1 field=k', 'localForage@9:1 field=k', 'MongoDB@10:1']);
  });

  it('finds sequelize-cli model modules only when DataTypes is a parameter', () => {
    expect(
      writes("module.exports = (sequelize, DataTypes) => sequelize.define('Card', { cvv: DataTypes.STRING });\nexport const g = (registry) => registry.define('x', {});"),
    ).toEqual(['Sequelize@1:1 schema']);
  });
});
