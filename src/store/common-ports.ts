// The store ports every bot turn may use, built on one database.
import type { CommonPorts } from '../bot/feature.ts';
import { createContactStore } from './contact-store.ts';
import type { Database } from './database.ts';
import { createInboundReceiptStore } from './inbound-receipt-store.ts';
import { createLapseQuery } from './lapse-query.ts';
import { createOrganisationStore } from './organisation-store.ts';
import { createOutboxStore } from './outbox-store.ts';
import { createRegisterStore } from './register-store.ts';
import { createStaffStore } from './staff-store.ts';

export function createCommonPorts(db: Database): CommonPorts {
  return {
    organisations: createOrganisationStore(db.prisma),
    staff: createStaffStore(db.prisma),
    register: createRegisterStore(db.prisma),
    contacts: createContactStore(db.prisma),
    lapse: createLapseQuery(db),
    outbox: createOutboxStore(db.prisma),
    inboundReceipts: createInboundReceiptStore(db.prisma),
  };
}
