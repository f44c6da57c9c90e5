import { Module } from '@nestjs/common';
import { IntrospectionGuardPlugin } from './introspection.plugin';

@Module({ providers: [IntrospectionGuardPlugin] })
export class SecurityModule {}
