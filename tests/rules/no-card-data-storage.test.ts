import rule from '../../rules/no-card-data-storage.js';
import { commonjs, createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-card-data-storage', rule, {
  valid: [
    {
      name: "injected TypeORM repository (no declared type) storing the provider's references",
      code: "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport type { OrdersStore } from './orders.store';\n@Injectable()\nexport class OrdersRepository {\n  constructor(@InjectRepository(OrderEntity) private readonly orders: OrdersStore) {}\n  record(orderId: string, result: { pspReference: string; additionalData: { cardSummary: string; recurringDetailReference: string } }, fingerprint: string) {\n    return this.orders.update({ id: orderId }, { pspReference: result.pspReference, last4: result.additionalData.cardSummary, storedPaymentMethodId: result.additionalData.recurringDetailReference, fingerprint });\n  }\n}",
    },
    {
      name: "injected Mongoose model storing an encrypted card number (PCI DSS allows it) and a CVC check result",
      code: "import { InjectModel } from '@nestjs/mongoose';\nexport class WalletsService {\n  constructor(@InjectModel(Wallet.name) private readonly wallets: any) {}\n  keep(id: string, card: { encryptedCardNumber: string; cvcCheck: string }) {\n    return this.wallets.updateOne({ _id: id }, { $set: { cardNumber: card.encryptedCardNumber, cvcCheck: card.cvcCheck, savedCvc: null } });\n  }\n}",
    },
    {
      name: "an injected service that is not an ORM handle",
      code: "import { Injectable } from '@nestjs/common';\nimport { CardVaultService } from './card-vault.service';\n@Injectable()\nexport class CardsService {\n  constructor(private readonly vault: CardVaultService) {}\n  keep(dto: { cardNumber: string; cvc: string }) {\n    return this.vault.update({ id: 1 }, { cardNumber: dto.cardNumber, cvc: dto.cvc });\n  }\n}",
    },
    {
      name: "an encrypted security code sent to the payment provider, not stored",
      code: "import { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_API_KEY, environment: 'TEST' }));\nexport function pay(card: { encryptedCardNumber: string; encryptedSecurityCode: string }) {\n  return checkout.PaymentsApi.payments({ merchantAccount: 'Shop', reference: 'o-1', amount: { value: 100, currency: 'EUR' }, paymentMethod: { type: 'scheme', encryptedCardNumber: card.encryptedCardNumber, encryptedSecurityCode: card.encryptedSecurityCode } });\n}",
    },
    {
      name: "a masked security code stored with a TypeORM repository",
      code: "import { InjectRepository } from '@nestjs/typeorm';\nexport class AuditService {\n  constructor(@InjectRepository(AuditEntry) private readonly entries) {}\n  note(dto) {\n    return this.entries.save({ cvc: mask(dto.cvc) });\n  }\n}",
    },
    {
      name: "Prisma stores the provider token, last4 and expiry",
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function saveCard(userId: string, pm: { id: string; card: { last4: string; brand: string; exp_month: number; exp_year: number } }) {\n  await prisma.paymentMethod.create({\n    data: { userId, stripePaymentMethodId: pm.id, last4: pm.card.last4, brand: pm.card.brand, expMonth: pm.card.exp_month, expYear: pm.card.exp_year },\n  });\n}",
    },
    {
      name: "Prisma stores an encrypted PAN",
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nawait prisma.card.create({ data: { cardNumber: encrypt(body.cardNumber), last4: body.cardNumber.slice(-4) } });",
    },
    {
      name: "Prisma reads are not writes",
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nconst card = await prisma.card.findUnique({ where: { cardNumber: input } });",
    },
    {
      name: "card data passed straight to the provider SDK",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(key);\nawait stripe.paymentMethods.create({ type: 'card', card: { number: body.cardNumber, cvc: body.cvc, exp_month: 12, exp_year: 2030 } });",
    },
    {
      name: "unknown object with a save method",
      code: "await cache.save({ cvv: body.cvv });\nawait store.set('cvv', body.cvv);",
    },
    {
      name: "TypeORM entity without card columns",
      code: "import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';\n@Entity()\nexport class PaymentMethod {\n  @PrimaryGeneratedColumn() id!: number;\n  @Column() providerToken!: string;\n  @Column() last4!: string;\n  @Column() expMonth!: number;\n}",
    },
    {
      name: "Mongoose schema with token and last4",
      code: "import mongoose from 'mongoose';\nconst CardSchema = new mongoose.Schema({ customerId: String, paymentMethodToken: String, last4: String, brand: String, expMonth: Number });\nexport const Card = mongoose.model('Card', CardSchema);",
    },
    {
      name: "Mongoose create with safe fields",
      code: "import mongoose from 'mongoose';\nconst Payment = mongoose.model('Payment', schema);\nawait Payment.create({ orderId, amount, paymentIntentId: intent.id, last4: charge.payment_method_details.card.last4 });",
    },
    {
      name: "localStorage of a non-card value",
      code: "localStorage.setItem('cartId', cart.id);\nsessionStorage.setItem('checkoutStep', 'payment');",
    },
    {
      name: "localStorage key with a literal value",
      code: "localStorage.setItem('cardNumberHint', 'Enter 16 digits');\nlocalStorage.setItem('cvv', '');",
    },
    {
      name: "Redis stores a token",
      code: "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set(`session:${id}`, JSON.stringify({ paymentMethodId: pm.id, last4 }));",
    },
    {
      name: "fs writes masked data",
      code: "import fs from 'node:fs';\nfs.writeFileSync('export.csv', rows.map((r) => `${r.id},${maskPan(r.cardNumber)}`).join('\\n'));",
    },
    {
      name: "SQL insert of token and last4",
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nawait pool.query('INSERT INTO cards (user_id, token, last4) VALUES ($1, $2, $3)', [userId, token, last4]);",
    },
    {
      name: "SQL insert of an encrypted PAN",
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nawait pool.query('INSERT INTO cards (card_number, last4) VALUES ($1, $2)', [encrypt(cardNumber), cardNumber.slice(-4)]);",
    },
    {
      name: "SQL select with card columns",
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nawait pool.query('SELECT last4, cvv_checked FROM cards WHERE id = $1', [id]);",
    },
    {
      name: "document.cookie with a session id",
      code: "document.cookie = `session=${sessionId}; Secure; HttpOnly`;",
    },
    {
      name: "Sequelize create with safe fields",
      code: "import { Sequelize, DataTypes } from 'sequelize';\nconst sequelize = new Sequelize(url);\nconst Card = sequelize.define('Card', { token: DataTypes.STRING, last4: DataTypes.STRING });\nawait Card.create({ token: pm.id, last4: pm.card.last4 });",
    },
    {
      name: "Knex insert of tokenized card",
      code: "import knex from 'knex';\nconst db = knex({ client: 'pg' });\nawait db('cards').insert({ user_id: userId, card_token: await vault.tokenize(cardNumber), last4 });",
    },
    {
      name: "injected repository with safe payload",
      code: "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\n@Injectable()\nexport class CardsService {\n  constructor(@InjectRepository(Card) private readonly cards: Repository<Card>) {}\n  save(dto: { token: string; last4: string }) {\n    return this.cards.save({ token: dto.token, last4: dto.last4 });\n  }\n}",
    },
    {
      name: "gift card number is not a payment card",
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nawait prisma.giftCard.create({ data: { giftCardNumber: code, pin: giftPin } });",
    },
    {
      name: "fixture-like CommonJS write of ids",
      code: "const fs = require('fs');\nfs.appendFileSync('audit.log', JSON.stringify({ orderId, paymentIntentId }));",
      ...commonjs,
    },
    {
      name: "Drizzle insert of a token",
      code: "import { drizzle } from 'drizzle-orm/node-postgres';\nconst db = drizzle(pool);\nawait db.insert(cards).values({ userId, paymentMethodId: pm.id, last4: pm.card.last4 });",
    },
    {
      name: "Mongoose schema with CVC check results",
      code: "import mongoose from 'mongoose';\nexport const Payment = mongoose.model('Payment', new mongoose.Schema({ paymentIntentId: String, cvcCheck: String, addressLine1Check: String, last4: String }));",
    },
    {
      name: "TypeORM save of expiry next to a token",
      code: "import { DataSource } from 'typeorm';\nconst dataSource = new DataSource(options);\nexport async function remember(userId: string, pm: { id: string; card: { exp_month: number; exp_year: number; last4: string } }) {\n  await dataSource.getRepository(SavedCard).save({ userId, token: pm.id, expMonth: pm.card.exp_month, expYear: pm.card.exp_year, last4: pm.card.last4 });\n}",
    },
    {
      name: "Redis cache of a PaymentIntent status",
      code: "import Redis from 'ioredis';\nconst redis = new Redis(process.env.REDIS_URL!);\nexport const cacheIntent = (intent: { id: string; status: string }) => redis.setex(`pi:${intent.id}`, 3600, JSON.stringify({ status: intent.status }));",
    },
    {
      name: "localStorage keeps the selected payment method id",
      code: "export function rememberMethod(paymentMethodId: string) {\n  localStorage.setItem('selectedPaymentMethod', paymentMethodId);\n}",
      filename: "components/PaymentPicker.tsx",
    },
    {
      name: "CSV export with brand and last4",
      code: "import { writeFile } from 'node:fs/promises';\nexport async function exportCards(rows: { id: string; brand: string; last4: string }[]) {\n  await writeFile('cards.csv', rows.map((r) => `${r.id},${r.brand},${r.last4}`).join('\\n'));\n}",
    },
    {
      name: "Sequelize update of last4",
      code: "import { Sequelize } from 'sequelize';\nconst sequelize = new Sequelize(url);\nconst Card = sequelize.define('Card', {});\nawait Card.update({ last4: pm.card.last4, brand: pm.card.brand }, { where: { id } });",
    },
    {
      name: "session keeps the payment method id and last4",
      code: "export function confirm(req, res) {\n  req.session.paymentMethodId = req.body.paymentMethodId;\n  req.session.cardLast4 = req.body.cardNumber.slice(-4);\n  req.session.cart = req.body.cart;\n  res.redirect('/checkout/review');\n}",
    },
    {
      name: "session keeps the provider card summary",
      code: "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY);\nexport async function save(req, res) {\n  const paymentMethod = await stripe.paymentMethods.retrieve(req.body.paymentMethodId);\n  req.session.card = paymentMethod.card;\n  res.sendStatus(204);\n}",
    },
    {
      name: "Koa session holds the order id",
      code: "export async function checkout(ctx) {\n  ctx.session.orderId = ctx.request.body.orderId;\n  ctx.session.returnTo = '/checkout';\n}",
    },
    {
      name: "session property on an unrelated object",
      code: "export function toggle(player, card) {\n  player.session.card = card;\n}",
    },
    {
      name: "response cookie with a session id and the card brand",
      code: "export function login(req, res) {\n  res.cookie('sid', req.sessionID, { httpOnly: true, secure: true });\n  res.cookie('cardBrand', req.body.brand);\n  res.end();\n}",
    },
    {
      name: "cookie on an object that is not a response",
      code: "export function remember(jar, cardNumber) {\n  jar.cookie('card', cardNumber);\n}",
    },
    {
      name: "S3 export of tokens and last4",
      code: "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport async function exportCards(cards: { id: string; last4: string; brand: string }[]) {\n  await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: 'cards.csv', Body: cards.map((c) => `${c.id},${c.brand},${c.last4}`).join('\\n') }));\n}",
    },
    {
      name: "S3 v2 upload of a receipt",
      code: "const AWS = require('aws-sdk');\nconst s3 = new AWS.S3();\nexports.upload = (receipt) => s3.upload({ Bucket: 'receipts', Key: receipt.id, Body: JSON.stringify({ orderId: receipt.orderId, last4: receipt.last4 }) }).promise();",
    },
    {
      name: "AsyncStorage keeps the selected payment method id",
      code: "import AsyncStorage from '@react-native-async-storage/async-storage';\nexport const remember = (paymentMethod: { id: string; card: { last4: string } }) => AsyncStorage.setItem('paymentMethod', JSON.stringify({ id: paymentMethod.id, last4: paymentMethod.card.last4 }));",
    },
    {
      name: "localStorage keeps a provider card summary",
      code: "export function remember(paymentMethod) {\n  localStorage.setItem('card', JSON.stringify(paymentMethod.card));\n}",
    },
    {
      name: "sequelize-cli model module with token columns",
      code: "module.exports = (sequelize, DataTypes) => {\n  const Card = sequelize.define('Card', { token: DataTypes.STRING, last4: DataTypes.STRING, cvvCheck: DataTypes.STRING });\n  return Card;\n};",
    },
    {
      name: "define on a parameter without DataTypes",
      code: "export function register(registry, cvv) {\n  registry.define('field', { cvv: 'string' });\n}",
    },
    {
      name: "MongoDB driver stores the token",
      code: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(process.env.MONGO_URL!);\nexport const save = (pm: { id: string; card: { last4: string } }) => client.db().collection('cards').insertOne({ paymentMethodId: pm.id, last4: pm.card.last4 });",
    },
    {
      name: "fast-csv export of tokens",
      code: "import { writeToPath } from '@fast-csv/format';\nexport function exportCards(cards) {\n  return writeToPath('cards.csv', cards.map((c) => ({ id: c.id, brand: c.brand, last4: c.last4 })));\n}",
    },
    {
      name: "order keeps the payment method label the shopper picked (a posted paymentMethod without card-shaped evidence)",
      code: "import mongoose from 'mongoose';\nconst Purchase = mongoose.model('Purchase', new mongoose.Schema({ method: String, total: Number }));\nexport async function placePurchase(req, res) {\n  const { paymentMethod, items } = req.body;\n  const purchase = new Purchase({ method: paymentMethod, items, owner: req.user.id });\n  res.status(201).json(await purchase.save());\n}",
    },
  ],
  invalid: [
    {
      name: "order keeps the Adyen raw payment method the shopper posted (encrypted card number and security code)",
      code: "import mongoose from 'mongoose';\nimport { Client, CheckoutAPI } from '@adyen/api-library';\nconst checkout = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_API_KEY, environment: 'TEST' }));\nconst Purchase = mongoose.model('Purchase', new mongoose.Schema({ method: Object, total: Number }));\nexport async function placePurchase(req, res) {\n  const { paymentMethod, items } = req.body;\n  const purchase = new Purchase({ method: paymentMethod, items, owner: req.user.id });\n  res.status(201).json(await purchase.save());\n}",
      errors: [
        { messageId: "cardObject", data: {"name":"paymentMethod","store":"Mongoose"}, line: 7, column: 43, endLine: 7, endColumn: 56, suggestions: null },
      ],
    },
    {
      name: "injected TypeORM repository typed with a project alias: an encrypted security code (Adyen's encrypted card fields)",
      code: "import { Injectable } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport type { OrdersStore } from './orders.store';\n@Injectable()\nexport class OrdersRepository {\n  constructor(@InjectRepository(OrderEntity) private readonly orders: OrdersStore) {}\n  remember(orderId: string, card: { encryptedCardNumber: string; encryptedSecurityCode: string }) {\n    return this.orders.update({ id: orderId }, { savedCardNumber: card.encryptedCardNumber, savedCvc: card.encryptedSecurityCode });\n  }\n}",
      errors: [{ messageId: 'securityCode', data: { name: "card.encryptedSecurityCode", store: "TypeORM" } }],
    },
    {
      name: "injected Mongoose model (no declared type): a security code stored encrypted",
      code: "import { InjectModel } from '@nestjs/mongoose';\nexport class WalletsService {\n  constructor(@InjectModel(Wallet.name) private readonly wallets) {}\n  keep(id, dto) {\n    return this.wallets.updateOne({ _id: id }, { $set: { cvv: encrypt(dto.cvv) } });\n  }\n}",
      errors: [{ messageId: 'securityCode', data: { name: "dto.cvv", store: "Mongoose" } }],
    },
    {
      name: "Prisma create with a CVV",
      code: "import { PrismaClient } from '@prisma/client';\nconst prisma = new PrismaClient();\nexport async function saveCard(body: any) {\n  await prisma.card.create({ data: { userId: body.userId, cardNumber: body.cardNumber, cvv: body.cvv } });\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"body.cardNumber","store":"Prisma"}, line: 4, column: 71, endLine: 4, endColumn: 86, suggestions: null },
        { messageId: 'securityCode', data: {"name":"body.cvv","store":"Prisma"}, line: 4, column: 93, endLine: 4, endColumn: 101, suggestions: null },
      ],
    },
    {
      name: "Prisma upsert with a PAN",
      code: "import { PrismaClient } from '@prisma/client';\nconst db = new PrismaClient();\nawait db.card.upsert({ where: { id }, create: { pan }, update: { pan } });",
      errors: [
        { messageId: 'cardNumber', data: {"name":"pan","store":"Prisma"}, line: 3, column: 49, endLine: 3, endColumn: 52, suggestions: null },
        { messageId: 'cardNumber', data: {"name":"pan","store":"Prisma"}, line: 3, column: 66, endLine: 3, endColumn: 69, suggestions: null },
      ],
    },
    {
      name: "NestJS PrismaService by name",
      code: "export class CardsRepository {\n  constructor(private readonly prisma: PrismaService) {}\n  save(dto: { userId: string; cardNumber: string; cvc: string }) {\n    return this.prisma.card.create({ data: { userId: dto.userId, cardNumber: dto.cardNumber, cvc: dto.cvc } });\n  }\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"dto.cardNumber","store":"Prisma"}, line: 4, column: 78, endLine: 4, endColumn: 92, suggestions: null },
        { messageId: 'securityCode', data: {"name":"dto.cvc","store":"Prisma"}, line: 4, column: 99, endLine: 4, endColumn: 106, suggestions: null },
      ],
    },
    {
      name: "TypeORM injected repository",
      code: "import { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nexport class CardsService {\n  constructor(@InjectRepository(Card) private readonly cards: Repository<Card>) {}\n  save(dto: any) {\n    return this.cards.save({ number: dto.card.number, securityCode: dto.card.securityCode });\n  }\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"dto.card.number","store":"TypeORM"}, line: 6, column: 38, endLine: 6, endColumn: 53, suggestions: null },
        { messageId: 'securityCode', data: {"name":"dto.card.securityCode","store":"TypeORM"}, line: 6, column: 69, endLine: 6, endColumn: 90, suggestions: null },
      ],
    },
    {
      name: "TypeORM entity with a CVV column",
      code: "import { Entity, Column, PrimaryGeneratedColumn } from 'typeorm';\n@Entity()\nexport class StoredCard {\n  @PrimaryGeneratedColumn() id!: number;\n  @Column() cardNumber!: string;\n  @Column() cvv!: string;\n}",
      errors: [
        { messageId: 'schemaColumn', data: {"name":"cvv","store":"TypeORM"}, line: 6, column: 13, endLine: 6, endColumn: 16, suggestions: null },
      ],
    },
    {
      name: "TypeORM getRepository",
      code: "import { getRepository } from 'typeorm';\nawait getRepository(Card).insert({ cvc: req.body.cvc });",
      errors: [
        { messageId: 'securityCode', data: {"name":"req.body.cvc","store":"TypeORM"}, line: 2, column: 41, endLine: 2, endColumn: 53, suggestions: null },
      ],
    },
    {
      name: "Mongoose schema with a CVV field",
      code: "import mongoose, { Schema } from 'mongoose';\nconst cardSchema = new Schema({ user: String, card: { number: String, cvc: { type: String } } });\nexport default mongoose.model('Card', cardSchema);",
      errors: [
        { messageId: 'schemaColumn', data: {"name":"cvc","store":"Mongoose"}, line: 2, column: 71, endLine: 2, endColumn: 74, suggestions: null },
      ],
    },
    {
      name: "Mongoose new Model(...).save()",
      code: "import mongoose from 'mongoose';\nconst Card = mongoose.model('Card', schema);\nexport async function save(req: any) {\n  const { cardNumber, cvv } = req.body;\n  await new Card({ cardNumber, cvv, owner: req.user.id }).save();\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"Mongoose"}, line: 5, column: 20, endLine: 5, endColumn: 30, suggestions: null },
        { messageId: 'securityCode', data: {"name":"cvv","store":"Mongoose"}, line: 5, column: 32, endLine: 5, endColumn: 35, suggestions: null },
      ],
    },
    {
      name: "Mongoose typed injected model update",
      code: "import { Model } from 'mongoose';\nexport class Billing {\n  constructor(private readonly cardModel: Model<CardDocument>) {}\n  update(id: string, card: { cvc: string }) {\n    return this.cardModel.updateOne({ _id: id }, { $set: { cvc: card.cvc } });\n  }\n}",
      errors: [
        { messageId: 'securityCode', data: {"name":"card.cvc","store":"Mongoose"}, line: 5, column: 65, endLine: 5, endColumn: 73, suggestions: null },
      ],
    },
    {
      name: "Sequelize define with CVV and create",
      code: "import { Sequelize, DataTypes } from 'sequelize';\nconst sequelize = new Sequelize(url);\nconst Card = sequelize.define('Card', { number: DataTypes.STRING, cvv: DataTypes.STRING });\nawait Card.create({ cardNumber: input.number, cvv: input.cvv });",
      errors: [
        { messageId: 'schemaColumn', data: {"name":"cvv","store":"Sequelize"}, line: 3, column: 67, endLine: 3, endColumn: 70, suggestions: null },
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"Sequelize"}, line: 4, column: 21, endLine: 4, endColumn: 45, suggestions: null },
        { messageId: 'securityCode', data: {"name":"input.cvv","store":"Sequelize"}, line: 4, column: 52, endLine: 4, endColumn: 61, suggestions: null },
      ],
    },
    {
      name: "Sequelize model class",
      code: "import { Model } from 'sequelize';\nclass Card extends Model {}\nawait Card.create({ card_number: req.body.card_number });",
      errors: [
        { messageId: 'cardNumber', data: {"name":"req.body.card_number","store":"Sequelize"}, line: 3, column: 34, endLine: 3, endColumn: 54, suggestions: null },
      ],
    },
    {
      name: "Knex insert",
      code: "import knex from 'knex';\nconst db = knex({ client: 'pg' });\nawait db('cards').insert({ user_id: userId, card_number: cardNumber, cvc });",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"Knex"}, line: 3, column: 58, endLine: 3, endColumn: 68, suggestions: null },
        { messageId: 'securityCode', data: {"name":"cvc","store":"Knex"}, line: 3, column: 70, endLine: 3, endColumn: 73, suggestions: null },
      ],
    },
    {
      name: "raw SQL insert with CVV column",
      code: "import { Pool } from 'pg';\nconst pool = new Pool();\nawait pool.query('INSERT INTO payments (user_id, card_number, cvv) VALUES ($1, $2, $3)', [userId, num, code]);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card_number","store":"the database"}, line: 3, column: 99, endLine: 3, endColumn: 102, suggestions: null },
        { messageId: 'securityCode', data: {"name":"cvv","store":"the database"}, line: 3, column: 104, endLine: 3, endColumn: 108, suggestions: null },
      ],
    },
    {
      name: "raw SQL update with question marks",
      code: "import mysql from 'mysql2';\nconst conn = mysql.createConnection(config);\nconn.execute('UPDATE cards SET pan = ?, updated_at = NOW() WHERE id = ?', [value, id]);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"pan","store":"the database"}, line: 3, column: 76, endLine: 3, endColumn: 81, suggestions: null },
      ],
    },
    {
      name: "Redis set of a card object field",
      code: "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set(`card:${userId}`, JSON.stringify({ number: card.number, exp: card.exp }));",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number","store":"Redis"}, line: 3, column: 60, endLine: 3, endColumn: 71, suggestions: null },
      ],
    },
    {
      name: "Redis hset field name",
      code: "import { createClient } from 'redis';\nconst client = createClient();\nawait client.hSet(`checkout:${id}`, 'cvv', input);",
      errors: [
        { messageId: 'securityCode', data: {"name":"cvv","store":"Redis"}, line: 3, column: 37, endLine: 3, endColumn: 42, suggestions: null },
      ],
    },
    {
      name: "fs write of card numbers",
      code: "import { writeFile } from 'fs/promises';\nawait writeFile('cards.csv', cards.map((c) => c.cardNumber).join('\\n'));\nawait writeFile('card.json', JSON.stringify({ pan }));",
      errors: [
        { messageId: 'cardNumber', data: {"name":"c.cardNumber","store":"a file"}, line: 2, column: 47, endLine: 2, endColumn: 59, suggestions: null },
        { messageId: 'cardNumber', data: {"name":"pan","store":"a file"}, line: 3, column: 47, endLine: 3, endColumn: 50, suggestions: null },
      ],
    },
    {
      name: "localStorage with a CVV",
      code: "export function remember(cvv: string) {\n  localStorage.setItem('checkout', JSON.stringify({ cvv }));\n}",
      errors: [
        { messageId: 'securityCode', data: {"name":"cvv","store":"localStorage"}, line: 2, column: 53, endLine: 2, endColumn: 56, suggestions: null },
      ],
    },
    {
      name: "sessionStorage key naming the PAN",
      code: "sessionStorage.setItem('cardNumber', form.elements.number.value);",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"sessionStorage"}, line: 1, column: 24, endLine: 1, endColumn: 36, suggestions: null },
      ],
    },
    {
      name: "document.cookie with the PAN",
      code: "document.cookie = 'cc=' + cardNumber + '; path=/';",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"a cookie"}, line: 1, column: 27, endLine: 1, endColumn: 37, suggestions: null },
      ],
    },
    {
      name: "js-cookie",
      code: "import Cookies from 'js-cookie';\nCookies.set('card', JSON.stringify({ number: card.number, cvc: card.cvc }));",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number","store":"a cookie"}, line: 2, column: 46, endLine: 2, endColumn: 57, suggestions: null },
        { messageId: 'securityCode', data: {"name":"card.cvc","store":"a cookie"}, line: 2, column: 64, endLine: 2, endColumn: 72, suggestions: null },
      ],
    },
    {
      name: "CommonJS fs appendFile",
      code: "const fs = require('fs');\nfs.appendFile('debug.txt', `cvv=${req.body.cvv}\\n`, () => {});",
      ...commonjs,
      errors: [
        { messageId: 'securityCode', data: {"name":"req.body.cvv","store":"a file"}, line: 2, column: 35, endLine: 2, endColumn: 47, suggestions: null },
      ],
    },
    {
      name: "React checkout form persisting the card",
      code: "export function CardForm() {\n  const [cardNumber, setCardNumber] = useState('');\n  useEffect(() => { localStorage.setItem('draft', JSON.stringify({ cardNumber })); }, [cardNumber]);\n  return <input value={cardNumber} onChange={(e) => setCardNumber(e.target.value)} />;\n}",
      filename: "components/CardForm.tsx",
      errors: [
        { messageId: 'cardNumber', data: {"name":"cardNumber","store":"localStorage"}, line: 3, column: 68, endLine: 3, endColumn: 78, suggestions: null },
      ],
    },
    {
      name: "Drizzle table with a CVV column and insert",
      code: "import { drizzle } from 'drizzle-orm/node-postgres';\nimport { pgTable, text } from 'drizzle-orm/pg-core';\nexport const cards = pgTable('cards', { id: text('id'), cvv: text('cvv') });\nconst db = drizzle(process.env.DATABASE_URL!);\nexport const save = (input: { cardNumber: string }) => db.insert(cards).values({ id: '1', cardNumber: input.cardNumber });",
      errors: [
        { messageId: 'schemaColumn', data: {"name":"cvv","store":"Drizzle"}, line: 3, column: 57, endLine: 3, endColumn: 60, suggestions: null },
        { messageId: 'cardNumber', data: {"name":"input.cardNumber","store":"Drizzle"}, line: 5, column: 103, endLine: 5, endColumn: 119, suggestions: null },
      ],
    },
    {
      name: "Supabase insert",
      code: "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient(url, anonKey);\nexport async function save(card: { number: string; cvc: string }) {\n  await supabase.from('cards').insert({ number: card.number, cvc: card.cvc });\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card.number","store":"Supabase"}, line: 4, column: 49, endLine: 4, endColumn: 60, suggestions: null },
        { messageId: 'securityCode', data: {"name":"card.cvc","store":"Supabase"}, line: 4, column: 67, endLine: 4, endColumn: 75, suggestions: null },
      ],
    },
    {
      name: "awaited mysql2/promise connection",
      code: "import mysql from 'mysql2/promise';\nexport async function save(pan: string, cvv: string) {\n  const conn = await mysql.createConnection(process.env.DATABASE_URL!);\n  await conn.execute('INSERT INTO cards (card_number, cvv) VALUES (?, ?)', [pan, cvv]);\n}",
      errors: [
        { messageId: 'cardNumber', data: {"name":"card_number","store":"the database"}, line: 4, column: 77, endLine: 4, endColumn: 80, suggestions: null },
        { messageId: 'securityCode', data: {"name":"cvv","store":"the database"}, line: 4, column: 82, endLine: 4, endColumn: 85, suggestions: null },
      ],
    },
    {
      name: "card number in the Express session",
      code: "export function pay(req, res) {\n  req.session.cardNumber = req.body.cardNumber;\n  res.redirect('/checkout/confirm');\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"req.body.cardNumber","store":"the session"}, line: 2, column: 28, endLine: 2, endColumn: 47, suggestions: null },
      ],
    },
    {
      name: "security code in the session under its own name",
      code: "export function pay(req, res) {\n  req.session.cvv = input;\n  res.redirect('/checkout/confirm');\n}",
      errors: [
        { messageId: "securityCode", data: {"name":"cvv","store":"the session"}, line: 2, column: 3, endLine: 2, endColumn: 18, suggestions: null },
      ],
    },
    {
      name: "raw card object from the request in the session",
      code: "import express from 'express';\nconst app = express();\napp.post('/checkout', (req, res) => {\n  req.session.card = req.body.card;\n  res.redirect('/checkout/confirm');\n});",
      errors: [
        { messageId: "cardObject", data: {"name":"req.body.card","store":"the session"}, line: 4, column: 22, endLine: 4, endColumn: 35, suggestions: null },
      ],
    },
    {
      name: "cookie-session object with the card",
      code: "export function pay(req, res) {\n  const { cardNumber, cvc } = req.body;\n  req.session = { cardNumber, cvc, step: 'confirm' };\n  res.end();\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"cardNumber","store":"the session"}, line: 3, column: 19, endLine: 3, endColumn: 29, suggestions: null },
        { messageId: "securityCode", data: {"name":"cvc","store":"the session"}, line: 3, column: 31, endLine: 3, endColumn: 34, suggestions: null },
      ],
    },
    {
      name: "Koa session",
      code: "import Router from '@koa/router';\nconst router = new Router();\nrouter.post('/pay', async (ctx) => {\n  ctx.session.card = { number: ctx.request.body.cardNumber };\n  ctx.status = 204;\n});",
      errors: [
        { messageId: "cardNumber", data: {"name":"ctx.request.body.cardNumber","store":"the session"}, line: 4, column: 32, endLine: 4, endColumn: 59, suggestions: null },
      ],
    },
    {
      name: "Express response cookie with the card number",
      code: "export function remember(req, res) {\n  res.cookie('card', req.body.cardNumber, { maxAge: 86400000 });\n  res.end();\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"req.body.cardNumber","store":"a cookie"}, line: 2, column: 22, endLine: 2, endColumn: 41, suggestions: null },
      ],
    },
    {
      name: "Express response cookie named for the CVV",
      code: "export function remember(req, res) {\n  res.cookie('cvv', code);\n  res.end();\n}",
      errors: [
        { messageId: "securityCode", data: {"name":"cvv","store":"a cookie"}, line: 2, column: 14, endLine: 2, endColumn: 19, suggestions: null },
      ],
    },
    {
      name: "S3 PutObjectCommand with card numbers",
      code: "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({});\nexport async function exportCards(cards: { cardNumber: string }[]) {\n  await s3.send(new PutObjectCommand({ Bucket: 'exports', Key: 'cards.csv', Body: cards.map((c) => c.cardNumber).join('\\n') }));\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"c.cardNumber","store":"S3"}, line: 4, column: 100, endLine: 4, endColumn: 112, suggestions: null },
      ],
    },
    {
      name: "S3 v2 putObject with a security code",
      code: "const AWS = require('aws-sdk');\nconst s3 = new AWS.S3();\nexports.save = (card) => s3.putObject({ Bucket: 'b', Key: 'k', Body: JSON.stringify({ number: card.number, cvv: card.cvv }) }).promise();",
      errors: [
        { messageId: "cardNumber", data: {"name":"card.number","store":"S3"}, line: 3, column: 95, endLine: 3, endColumn: 106, suggestions: null },
        { messageId: "securityCode", data: {"name":"card.cvv","store":"S3"}, line: 3, column: 113, endLine: 3, endColumn: 121, suggestions: null },
      ],
    },
    {
      name: "AsyncStorage keeps the card",
      code: "import AsyncStorage from '@react-native-async-storage/async-storage';\nexport const remember = (card: { number: string; cvc: string }) => AsyncStorage.setItem('card', JSON.stringify({ number: card.number, cvc: card.cvc }));",
      errors: [
        { messageId: "cardNumber", data: {"name":"card.number","store":"AsyncStorage"}, line: 2, column: 122, endLine: 2, endColumn: 133, suggestions: null },
        { messageId: "securityCode", data: {"name":"card.cvc","store":"AsyncStorage"}, line: 2, column: 140, endLine: 2, endColumn: 148, suggestions: null },
      ],
    },
    {
      name: "localStorage keeps the posted card object",
      code: "export function remember(req) {\n  const { card } = req.body;\n  localStorage.setItem('card', JSON.stringify(card));\n}",
      errors: [
        { messageId: "cardObject", data: {"name":"card","store":"localStorage"}, line: 3, column: 47, endLine: 3, endColumn: 51, suggestions: null },
      ],
    },
    {
      name: "sequelize-cli model module with a CVV column",
      code: "module.exports = (sequelize, DataTypes) => {\n  const Card = sequelize.define('Card', { cardNumber: DataTypes.STRING, cvv: DataTypes.STRING });\n  return Card;\n};",
      errors: [
        { messageId: "schemaColumn", data: {"name":"cvv","store":"Sequelize"}, line: 2, column: 73, endLine: 2, endColumn: 76, suggestions: null },
      ],
    },
    {
      name: "MongoDB driver stores the card number",
      code: "import { MongoClient } from 'mongodb';\nconst client = new MongoClient(process.env.MONGO_URL!);\nexport const save = (card: { number: string }) => client.db('shop').collection('cards').insertOne({ cardNumber: card.number });",
      errors: [
        { messageId: "cardNumber", data: {"name":"card.number","store":"MongoDB"}, line: 3, column: 113, endLine: 3, endColumn: 124, suggestions: null },
      ],
    },
    {
      name: "CSV export through a write stream",
      code: "import fs from 'node:fs';\nexport function exportCards(cards) {\n  const out = fs.createWriteStream('cards.csv');\n  for (const card of cards) out.write(`${card.id},${card.cardNumber}\\n`);\n  out.end();\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"card.cardNumber","store":"a file"}, line: 4, column: 53, endLine: 4, endColumn: 68, suggestions: null },
      ],
    },
    {
      name: "fast-csv export of card numbers",
      code: "import * as csv from 'fast-csv';\nexport function exportCards(cards) {\n  return csv.writeToPath('cards.csv', cards.map((c) => ({ id: c.id, cardNumber: c.cardNumber, expiry: c.expiry })));\n}",
      errors: [
        { messageId: "cardNumber", data: {"name":"c.cardNumber","store":"a file"}, line: 3, column: 81, endLine: 3, endColumn: 93, suggestions: null },
      ],
    },
  ],
});
