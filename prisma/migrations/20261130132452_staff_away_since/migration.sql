-- AlterTable
ALTER TABLE "Staff" ADD COLUMN     "awaySince" DATE;

